import { describe, expect, it } from 'vitest';
import { writeDoccano } from '../../../../src/shared/formats';
import { bundle, discontinuous, doc, jsonl, relation, span } from '../build';

describe('writeDoccano', () => {
  it('writes UTF-16 offsets: an emoji before the span shifts them by one', () => {
    const result = writeDoccano(
      bundle(doc('😀 Mike Pompeo', { name: 'a', spans: [span(2, 13, 'PERSON')] })),
    );
    expect(result.files).toEqual([
      {
        path: 'doccano.jsonl',
        content: jsonl({ name: 'a', text: '😀 Mike Pompeo', label: [[3, 14, 'PERSON']] }),
      },
    ]);
    expect(result.summary).toEqual({ documents: 1, spans: 1, stances: 0, notExpressed: {} });
  });

  it('writes the relation variant when there are relations, one entity per fragment', () => {
    const text = 'IBM in 🇮🇶 Armonk';
    const spans = [
      span(0, 3, 'ORG', { id: 'a' }),
      { ...discontinuous('GPE', [7, 8], [10, 16]), id: 'b' },
    ];
    const result = writeDoccano(
      bundle(doc(text, { name: 'x', spans, relations: [relation('Located_in', 'a', 'b')] })),
    );
    expect(result.files[0]?.content).toBe(
      jsonl({
        name: 'x',
        text,
        entities: [
          { id: 1, label: 'ORG', start_offset: 0, end_offset: 3 },
          { id: 2, label: 'GPE', start_offset: 7, end_offset: 9 },
          { id: 3, label: 'GPE', start_offset: 12, end_offset: 18 },
        ],
        relations: [{ id: 1, from_id: 1, to_id: 2, type: 'Located_in' }],
      }),
    );
    expect(result.summary.notExpressed).toEqual({
      'discontinuous span written as separate spans': 1,
    });
  });

  it('counts links, attributes, notes, stances and document labels it cannot write', () => {
    const spans = [
      span(0, 3, 'ORG', { id: 'a', entityId: 'e', attributes: { x: true }, note: 'n' }),
    ];
    const result = writeDoccano(
      bundle(
        doc('IBM', {
          spans,
          stances: [{ polarity: 'FAVOR', evidence: ['a'] }],
          documentLabels: { a: 'b' },
        }),
      ),
    );
    expect(result.summary.notExpressed).toEqual({
      'entity link': 1,
      'span attributes': 1,
      'span note': 1,
      stance: 1,
      'document label other than a category': 1,
    });
  });
});
