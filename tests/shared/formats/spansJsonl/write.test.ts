import { describe, expect, it } from 'vitest';
import { writeSpansJsonl } from '../../../../src/shared/formats';
import { bundle, discontinuous, doc, jsonl, span } from '../build';
import { jsonSpan, token } from './build';

describe('writeSpansJsonl', () => {
  it('writes offsets Python’s text[start:end] slices correctly, with inclusive token_end', () => {
    // Python: text = 'Le président 🇫🇷 Emmanuel Macron'; text[16:31] == 'Emmanuel Macron' (🇫🇷 is 2 code points, é is 1).
    const text = 'Le président 🇫🇷 Emmanuel Macron';
    const written = writeSpansJsonl(
      bundle(doc(text, { name: 'fr', spans: [span(16, 31, 'PERSON')] })),
    );
    expect(written.files).toEqual([
      {
        path: 'spans.jsonl',
        content: jsonl({
          text,
          spans: [jsonSpan(16, 31, 'PERSON', 3, 4)],
          tokens: [
            token('Le', 0, 2, 0, true),
            token('président', 3, 12, 1, true),
            token('🇫🇷', 13, 15, 2, true),
            token('Emmanuel', 16, 24, 3, true),
            token('Macron', 25, 31, 4, false),
          ],
          meta: { name: 'fr' },
        }),
      },
    ]);
  });

  it('keeps exact offsets of a span off token boundaries without token indices, and counts it', () => {
    const written = writeSpansJsonl(
      bundle(doc('Pompeo', { spans: [span(0, 4, 'PERSON'), discontinuous('X', [0, 1], [2, 3])] })),
    );
    const record = JSON.parse(written.files[0]?.content ?? '') as { spans: unknown[] };
    expect(record.spans).toEqual([
      jsonSpan(0, 4, 'PERSON'),
      jsonSpan(0, 1, 'X'),
      jsonSpan(2, 3, 'X'),
    ]);
    expect(written.summary.notExpressed).toEqual({
      'discontinuous span written as separate spans': 1,
      'span off token boundaries written without token_start/token_end': 3,
    });
  });
});
