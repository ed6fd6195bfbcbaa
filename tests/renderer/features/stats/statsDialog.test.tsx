// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { StatsDialog } from '../../../../src/renderer/src/features/stats/components/StatsDialog';
import { projectStats } from '../../helpers/modelData';
import { renderedDialog } from '../../helpers/renderedDialog';

describe('StatsDialog', () => {
  it('counts 0 spans of a label named constructor or toString for an annotator without them', async () => {
    const close = await renderedDialog(<StatsDialog open />, {
      projectStats: () => projectStats({ lena: { constructor: 2, toString: 1 }, omar: { GPE: 1 } }),
    });
    const table = [...document.querySelectorAll('table')].find(
      (t) => t.querySelector('caption')?.textContent === 'Spans per label',
    );
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((r) =>
      [...r.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['GPE', '0', '1'],
      ['constructor', '2', '0'],
      ['toString', '1', '0'],
    ]);
    await close();
  });
});
