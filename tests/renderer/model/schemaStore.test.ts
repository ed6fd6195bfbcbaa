import { describe, expect, it } from 'vitest';
import type { ProjectStats } from '../../../src/shared/contract';
import { testModel } from '../helpers/testModel';

/** Two annotators' counts per label; omar has none of lena's odd names. */
function stats(): ProjectStats {
  const status = { todo: 0, in_progress: 0, done: 0 };
  return {
    name: 'News',
    documents: 1,
    characters: 44,
    annotators: [
      {
        annotator: 'lena',
        spans: 4,
        stances: 0,
        labels: { constructor: 2, toString: 1, GPE: 1 },
        status,
      },
      { annotator: 'omar', spans: 1, stances: 0, labels: { GPE: 1 }, status },
    ],
    skipped: [],
  };
}

describe('SchemaStore.labelUses', () => {
  it('counts the spans of labels named like Object.prototype members (constructor, toString)', async () => {
    const { model } = testModel(undefined, { projectStats: () => stats() });
    const uses = await model.schema.labelUses(['constructor', 'toString', 'GPE', 'valueOf']);
    expect([...uses]).toEqual([
      ['constructor', 2],
      ['toString', 1],
      ['GPE', 2],
    ]);
  });
});
