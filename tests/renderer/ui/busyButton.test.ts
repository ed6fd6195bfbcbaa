import { describe, expect, it } from 'vitest';
import { busyButton } from '../../../src/renderer/src/ui/busyButton';

describe('busyButton', () => {
  it('is aria-disabled while busy, and a press then does nothing', () => {
    const presses: string[] = [];
    const busy = busyButton(true, () => presses.push('press'));
    expect(busy['aria-disabled']).toBe(true);
    busy.onClick();
    expect(presses).toEqual([]);
  });

  it('is not marked when idle, and a press runs', () => {
    const presses: string[] = [];
    const idle = busyButton(false, () => presses.push('press'));
    expect(idle['aria-disabled']).toBeUndefined();
    idle.onClick();
    expect(presses).toEqual(['press']);
  });
});
