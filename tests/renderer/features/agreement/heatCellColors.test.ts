import { describe, expect, it } from 'vitest';
import { heatCellColors } from '../../../../src/renderer/src/features/agreement/heatCellColors';
import { contrast } from '../../../helpers/contrast';

describe('heatCellColors', () => {
  it('gives every share, on and off the diagonal, an ink of at least 4.5:1 on its ground', () => {
    for (let step = 0; step <= 20; step++) {
      for (const diagonal of [true, false]) {
        const { background, color } = heatCellColors(step / 20, diagonal);
        expect(contrast(color, background), `${step / 20} ${diagonal}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('grows stronger with the share', () => {
    expect(heatCellColors(1, false)).toEqual({ background: 'rgb(186, 47, 64)', color: '#ffffff' });
    expect(heatCellColors(0, true).color).toBe('#000000');
  });
});
