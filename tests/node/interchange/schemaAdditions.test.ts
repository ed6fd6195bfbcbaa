import { describe, expect, it } from 'vitest';
import { growSchema } from '../../../src/node/interchange/schemaAdditions';
import type { Vocabulary } from '../../../src/shared/formats';
import { labelSchemaSchema } from '../../../src/shared/model';

const SCHEMA = labelSchemaSchema.parse({ labels: [{ name: 'PER' }] });
const NONE: Vocabulary = {
  labels: [],
  relationTypes: [],
  polarities: [],
  topics: [],
  entityTypes: [],
  attributes: {},
  documentLabels: {},
};

describe('growSchema', () => {
  it('gives new labels named like Object.prototype members a colour of their own', () => {
    const labels = ['constructor', '__proto__', 'toString'];
    const colors: Record<string, string> = JSON.parse('{"__proto__":"#123456"}');
    const grown = growSchema(SCHEMA, { PER: { color: '#000000' } }, { ...NONE, labels, colors });
    expect(grown.added.labels).toEqual(labels);
    expect(Object.keys(grown.styles)).toEqual(['PER', ...labels]);
    expect(Object.values(grown.styles).map((s) => s.color)).toEqual([
      '#000000',
      expect.stringMatching(/^#[0-9a-f]{6}$/),
      '#123456',
      expect.stringMatching(/^#[0-9a-f]{6}$/),
    ]);
  });

  it('names new topics with ids named like Object.prototype members by their own names only', () => {
    const topics = ['constructor', 'toString', 'wind'];
    const grown = growSchema(SCHEMA, {}, { ...NONE, topics, topicNames: { wind: 'Wind power' } });
    expect(grown.schema.topics).toEqual([
      { id: 'constructor', name: 'constructor' },
      { id: 'toString', name: 'toString' },
      { id: 'wind', name: 'Wind power' },
    ]);
  });
});
