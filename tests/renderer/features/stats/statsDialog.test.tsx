// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ProjectStats } from '../../../../src/shared/contract';
import { StatsDialog } from '../../../../src/renderer/src/features/stats/components/StatsDialog';
import { renderedDialog } from '../../helpers/renderedDialog';

/** Two annotators; only lena used the labels named like Object.prototype members. */
function stats(): ProjectStats {
  const status = { todo: 0, in_progress: 0, done: 1 };
  return {
    name: 'News',
    documents: 1,
    characters: 44,
    annotators: [
      { annotator: 'lena', spans: 3, stances: 0, labels: { constructor: 2, toString: 1 }, status },
      { annotator: 'omar', spans: 1, stances: 0, labels: { GPE: 1 }, status },
    ],
    skipped: [],
  };
}

describe('StatsDialog', () => {
  it('counts 0 spans of a label named constructor or toString for an annotator without them', async () => {
    const close = await renderedDialog(<StatsDialog open />, { projectStats: () => stats() });
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
