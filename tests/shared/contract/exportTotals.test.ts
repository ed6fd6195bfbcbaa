import { describe, expect, it } from 'vitest';
import { exportTotals } from '../../../src/shared/contract';

describe('exportTotals', () => {
  it('names the relations written between the spans and the stances', () => {
    const summary = { documents: 1, spans: 39, relations: 23, stances: 0 };
    expect(exportTotals(summary, { stances: true })).toBe(
      '1 document, 39 spans, 23 relations, 0 stances',
    );
    expect(exportTotals(summary)).toBe('1 document, 39 spans, 23 relations');
    expect(exportTotals({ ...summary, relations: 1 })).toBe('1 document, 39 spans, 1 relation');
  });

  it('keeps its words when no relation was written', () => {
    expect(exportTotals({ documents: 5, spans: 6, stances: 2 }, { stances: true })).toBe(
      '5 documents, 6 spans, 2 stances',
    );
    expect(exportTotals({ documents: 5, spans: 6, relations: 0, stances: 0 })).toBe(
      '5 documents, 6 spans',
    );
  });
});
