import { describe, expect, it } from 'vitest';
import { labelSpansSaid } from '../../../../src/renderer/src/features/schema/components/labelSpansSaid';

const name = (id: string): string => `${id}.txt`;
const readOnly = {
  documentId: 'a',
  annotator: 'lena',
  file: 'annotations/lena/a.journal.jsonl',
  reason: 'is read-only (mode 444): Loupe leaves it as it is',
  spans: 2,
};
const damaged = {
  documentId: 'b',
  annotator: 'omar',
  file: 'annotations/omar/b.journal.jsonl',
  reason: 'line 1 is not a journal record',
  spans: null,
};

describe('labelSpansSaid', () => {
  it('says nothing when every span was changed', () => {
    expect(labelSpansSaid({ changed: 3, notChanged: 0, skipped: [] }, name)).toBeNull();
    expect(labelSpansSaid(undefined, name)).toBeNull();
  });

  it('counts changed and left spans and names each layer left, with its file and why', () => {
    expect(
      labelSpansSaid({ changed: 1, notChanged: 2, skipped: [readOnly, damaged] }, name),
    ).toEqual({
      summary:
        'Changed 1 span; left 2 spans (and those of damaged layers, which could not be read) in 2 layers Loupe cannot rewrite:',
      layers: [
        "lena's layer of a.txt (2 spans): annotations/lena/a.journal.jsonl is read-only (mode 444): Loupe leaves it as it is",
        "omar's layer of b.txt: annotations/omar/b.journal.jsonl line 1 is not a journal record",
      ],
    });
  });
});
