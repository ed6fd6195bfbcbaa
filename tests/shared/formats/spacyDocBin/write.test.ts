import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpacyDocBin, writeSpacyDocBin } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument, FormatSpan } from '../../../../src/shared/formats';
import { keptDocBinOf } from '../../../../src/shared/formats/common';
import { bundle, doc, span } from '../build';

/** Made by spaCy 3.8 (tests/fixtures/spacy-docbin/make_fixture.py). */
const FIXTURE = join(import.meta.dirname, '../../../fixtures/spacy-docbin/small.spacy');

function fixtureBundle(): FormatBundle {
  return readSpacyDocBin([
    { path: 'small.spacy', content: '', binary: new Uint8Array(readFileSync(FIXTURE)) },
  ]);
}

/** The written file read back by Loupe's reader. */
function readBack(written: ReturnType<typeof writeSpacyDocBin>): FormatBundle {
  const binary = written.files[0]?.binary;
  if (!binary) throw new Error('no .spacy file written');
  return readSpacyDocBin([{ path: 'train.spacy', content: '', binary }]);
}

function byPlace(spans: readonly FormatSpan[]): FormatSpan[] {
  const at = (s: FormatSpan) => [s.fragments[0]?.start ?? 0, s.fragments[0]?.end ?? 0];
  return [...spans].sort((a, b) => {
    const [as, ae] = at(a);
    const [bs, be] = at(b);
    return (as ?? 0) - (bs ?? 0) || (ae ?? 0) - (be ?? 0) || a.label.localeCompare(b.label);
  });
}

function grouped(label: string, start: number, end: number, group: string): FormatSpan {
  return { ...span(start, end, label), attributes: { spanGroup: group } };
}

describe('writeSpacyDocBin', () => {
  it('writes a file read from spaCy back with its tokens, attributes, span groups and cats', () => {
    const read = fixtureBundle();
    const written = writeSpacyDocBin(read);
    expect(written.files[0]?.path).toBe('train.spacy');
    expect(written.summary.notExpressed).toEqual({});
    const back = readBack(written);
    expect(back.documents.map((d) => d.text)).toEqual(read.documents.map((d) => d.text));
    // A span group is written in text order (Loupe keeps spans by position, not a group's own order).
    expect(back.documents.map((d) => byPlace(d.spans))).toEqual(
      read.documents.map((d) => byPlace(d.spans)),
    );
    expect(back.documents.map((d) => d.documentLabels)).toEqual(
      read.documents.map((d) => d.documentLabels),
    );
    // All it kept but the file it was read from (written as train.spacy, read back from it).
    const kept = (d: FormatDocument) => ({ ...keptDocBinOf(d.metadata), file: undefined });
    expect(back.documents.map(kept)).toEqual(read.documents.map(kept));
  });

  it("tokenizes a new document as spaCy's English tokenizer does, entities on its tokens", () => {
    // spaCy 3.8, spacy.blank('en')('The U.S. fined Google.'): The|U.S.|fined|Google|.
    const written = writeSpacyDocBin(
      bundle(doc('The U.S. fined Google.', { spans: [span(4, 8, 'GPE'), span(15, 21, 'ORG')] })),
    );
    const kept = keptDocBinOf(readBack(written).documents[0]?.metadata);
    expect(kept?.words).toEqual(['The', 'U.S.', 'fined', 'Google', '.']);
    expect(kept?.spaces).toEqual([true, true, true, false, false]);
    expect(kept?.iob).toEqual([2, 3, 2, 3, 2]);
  });

  it('says a span group span widened to token edges, and a changed text tokenized again', () => {
    const read = fixtureBundle();
    const first = read.documents[0];
    if (!first) throw new Error('no document');
    const changed = { ...first, text: `${first.text} More.` };
    const widened = {
      ...first,
      spans: [...first.spans, grouped('PART', 1, 3, 'sc')],
    };
    const written = writeSpacyDocBin({ ...read, documents: [changed, widened] });
    expect(Object.keys(written.summary.notExpressed)).toEqual([
      expect.stringMatching(/its text is not the words it was read with/),
      expect.stringMatching(/a span edge lies inside one of its tokens/),
      'span group span widened to token edges (a spaCy Span holds whole tokens)',
    ]);
    expect(written.summary.adjusted?.[0]).toMatchObject({ from: [1, 3], to: [0, 3] });
    const back = readBack(written).documents[1]?.spans.find((s) => s.label === 'PART');
    expect(back?.fragments).toEqual([{ start: 0, end: 3 }]);
  });
});
