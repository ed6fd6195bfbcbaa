import { describe, expect, it } from 'vitest';
import {
  importSummarySchema,
  importTotals,
  type ImportSummary,
  type KindCount,
} from '../../../src/shared/contract';

/** An import that added `spans` spans and held the kinds `kinds` (documents left out). */
function summary(counts: Partial<ImportSummary>, ...kinds: KindCount[]): ImportSummary {
  return importSummarySchema.parse({
    format: 'doccano',
    written: false,
    documents: [],
    documentCounts: { added: 0, newVersions: 0, alreadyPresent: 0 },
    spans: 0,
    relations: 0,
    stances: 0,
    alreadyPresent: 0,
    kinds,
    entitiesAdded: [],
    schemaAdded: {
      labels: [],
      polarities: [],
      topics: [],
      relationTypes: [],
      entityTypes: [],
      attributes: {},
      documentLabels: {},
    },
    newVersions: [],
    skipped: [],
    warnings: [],
    ...counts,
  });
}

function kind(name: string, read: number, imported: number, alreadyPresent = 0): KindCount {
  return { kind: name, read, imported, alreadyPresent };
}

describe('importTotals', () => {
  it('says spans, relations and stances, as before, when the files held no document labels', () => {
    const s = summary({ spans: 3, relations: 1, stances: 0 }, kind('spans', 3, 3));
    expect(importTotals(s)).toBe('3 spans, 1 relation, 0 stances');
  });

  it('adds the document labels imported whenever the files held some, none imported too', () => {
    const labels = summary({}, kind('documents', 2, 2), kind('document labels', 3, 3));
    expect(importTotals(labels)).toBe('0 spans, 0 relations, 0 stances, 3 document labels');
    // All already in the layer: the headline says none were added, not nothing at all.
    const again = summary({}, kind('document labels', 1, 0, 1));
    expect(importTotals(again)).toBe('0 spans, 0 relations, 0 stances, 0 document labels');
  });

  it('says events, when asked and there are any, before the document labels', () => {
    const s = summary({ spans: 1, events: 2 }, kind('document labels', 1, 1));
    expect(importTotals(s, { events: true })).toBe(
      '1 span, 0 relations, 0 stances, 2 events, 1 document label',
    );
    expect(importTotals(s)).toBe('1 span, 0 relations, 0 stances, 1 document label');
    expect(importTotals(summary({}), { events: true })).toBe('0 spans, 0 relations, 0 stances');
  });
});
