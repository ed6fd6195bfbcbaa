import { describe, expect, it } from 'vitest';
import { restoredBounds } from '../../src/main/windowBounds';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restoredBounds', () => {
  it('reopens where the window was', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: true };
    expect(restoredBounds(saved, [laptop, monitor])).toEqual(saved);
  });

  it('centres on the first display when the saved one is gone (monitor unplugged)', () => {
    expect(
      restoredBounds({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, [laptop]),
    ).toEqual({ x: 20, y: 0, width: 1400, height: 870, maximized: false });
  });

  it('shrinks and moves a window that no longer fits, and opens a first window centred', () => {
    expect(
      restoredBounds({ x: 900, y: 10, width: 2000, height: 1200, maximized: false }, [laptop]),
    ).toEqual({ x: 0, y: 0, width: 1440, height: 870, maximized: false });
    expect(restoredBounds(null, [monitor])).toEqual({
      x: 1440 + 580,
      y: 250,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });
});
