import { describe, expect, it } from 'vitest';
import { detectFormat, FormatErrors, readSpansJsonl } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';

/** Training examples in the shape of spaCy v2's TRAIN_DATA (tuples saved as JSON lists); offsets counted by hand. */
const TRAIN_DATA = [
  ['Uber blew through $1 million a week', { entities: [[0, 4, 'ORG']] }],
  [
    'Android Pay expands to Canada',
    {
      entities: [
        [0, 11, 'PRODUCT'],
        [23, 29, 'GPE'],
      ],
    },
  ],
  [
    'Spotify steps up Asia expansion',
    {
      entities: [
        [0, 7, 'ORG'],
        [17, 21, 'LOC'],
      ],
    },
  ],
];

function spansOf(bundle: FormatBundle): string[] {
  return bundle.documents.flatMap((doc) =>
    doc.spans.map((s) => {
      const [f] = s.fragments;
      return `${s.label}:${[...doc.text].slice(f?.start, f?.end).join('')}`;
    }),
  );
}

describe('spaCy v2 training pairs [text, {"entities": [[start, end, label]]}]', () => {
  const expected = ['ORG:Uber', 'PRODUCT:Android Pay', 'GPE:Canada', 'ORG:Spotify', 'LOC:Asia'];

  it('reads a JSON array of them and JSON Lines of them, detected as spans JSONL', () => {
    for (const content of [
      JSON.stringify(TRAIN_DATA),
      JSON.stringify(TRAIN_DATA, null, 2),
      TRAIN_DATA.map((p) => JSON.stringify(p)).join('\n'),
    ]) {
      const file = { path: 'train.json', content };
      expect(detectFormat([file])).toBe('spans-jsonl');
      expect(spansOf(readSpansJsonl([file]))).toEqual(expected);
    }
  });

  it('counts offsets in code points, as Python does', () => {
    const content = JSON.stringify([['😀 Uber blew', { entities: [[2, 6, 'ORG']] }]]);
    expect(spansOf(readSpansJsonl([{ path: 't.jsonl', content }]))).toEqual(['ORG:Uber']);
  });

  it('names the line of an entity that is not [start, end, label]', () => {
    const content = `${JSON.stringify(TRAIN_DATA[0])}\n${JSON.stringify(['Bonn', { entities: [[0, 'LOC']] }])}\n`;
    let error: unknown;
    try {
      readSpansJsonl([{ path: 't.jsonl', content }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormatErrors);
    expect((error as FormatErrors).errors[0]?.line).toBe(2);
  });
});
