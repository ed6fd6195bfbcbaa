// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { StanceMap } from '../../../../src/shared/contract';
import { StanceMapDialog } from '../../../../src/renderer/src/features/stances/components/StanceMapDialog';
import { renderedDialog } from '../../helpers/renderedDialog';

/** One holder's stances toward one target, of polarities named like Object.prototype members. */
function stanceMap(): StanceMap {
  return {
    annotator: 'lena',
    polarities: ['FAVOR', 'constructor', 'toString'],
    holders: ['Mike Pompeo'],
    targets: ['US troops'],
    cells: [
      {
        holder: 'Mike Pompeo',
        target: 'US troops',
        counts: { constructor: 2, FAVOR: 1 },
        items: [],
      },
    ],
  };
}

describe('StanceMapDialog', () => {
  it('colours polarities named like Object.prototype members as any other it has no colour for', async () => {
    const close = await renderedDialog(<StanceMapDialog open />, { stanceMap: () => stanceMap() });
    const swatches = [...document.querySelectorAll<HTMLElement>('.lp-swatch i')];
    expect(swatches.map((i) => i.style.background)).toEqual(['#1f7a45', '#5050c8', '#5050c8']);
    const cell = document.querySelector<HTMLElement>('.lp-cell');
    expect(cell?.style.background).toBe('#5050c8');
    await close();
  });
});
