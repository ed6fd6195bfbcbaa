import { describe, expect, it } from 'vitest';
import { applyNewLabelRenames } from '../../../../src/renderer/src/features/schema/components/labelRenames';
import { labelSchemaSchema } from '../../../../src/shared/model';

describe('applyNewLabelRenames', () => {
  it('keeps the style of a label renamed to, or kept as, __proto__, constructor or toString', () => {
    const schema = labelSchemaSchema.parse({
      labels: [{ name: 'A' }, { name: 'B' }, { name: 'toString' }],
    });
    const styles = {
      A: { color: '#000001' },
      B: { color: '#000002' },
      toString: { color: '#000003' },
    };
    const renames = new Map([
      ['A', '__proto__'],
      ['B', 'constructor'],
    ]);
    const out = applyNewLabelRenames(schema, styles, renames, new Set());
    expect(out.schema.labels.map((l) => l.name)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(out.styles)).toBe(Object.prototype);
    expect(Object.entries(out.styles)).toEqual([
      ['__proto__', { color: '#000001' }],
      ['constructor', { color: '#000002' }],
      ['toString', { color: '#000003' }],
    ]);
  });
});
