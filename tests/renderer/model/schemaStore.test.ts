import { describe, expect, it } from 'vitest';
import { projectStats } from '../helpers/modelData';
import { testModel } from '../helpers/testModel';

describe('SchemaStore.labelUses', () => {
  it('counts the spans of labels named like Object.prototype members (constructor, toString)', async () => {
    const { model } = testModel(undefined, {
      projectStats: () =>
        projectStats({ lena: { constructor: 2, toString: 1, GPE: 1 }, omar: { GPE: 1 } }),
    });
    const uses = await model.schema.labelUses(['constructor', 'toString', 'GPE', 'valueOf']);
    expect([...uses]).toEqual([
      ['constructor', 2],
      ['toString', 1],
      ['GPE', 2],
    ]);
  });
});
