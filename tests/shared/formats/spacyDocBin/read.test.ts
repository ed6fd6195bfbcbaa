import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSpacyDocBin } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { keptDocBinOf } from '../../../../src/shared/formats/common';
import { boundedInflate } from '../../../../src/shared/formats/spacyDocBin/boundedInflate';
import { messagesOf } from '../build';

/** Made by spaCy 3.8 (tests/fixtures/spacy-docbin/make_fixture.py); the expected values below are what that script printed from spaCy's own `DocBin().from_disk(…).get_docs(…)`. */
const FIXTURE = join(import.meta.dirname, '../../../fixtures/spacy-docbin/small.spacy');

function fixture(): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURE));
}

function read(binary: Uint8Array, path = 'small.spacy') {
  return readSpacyDocBin([{ path, content: '', binary }]);
}

/** A document's spans as spaCy prints them: [start, end, label], entities then span groups. */
function spansOf(doc: FormatDocument | undefined, group?: string): [number, number, string][] {
  return (doc?.spans ?? [])
    .filter((s) => s.attributes?.spanGroup === group)
    .map((s) => [s.fragments[0]?.start ?? -1, s.fragments[0]?.end ?? -1, s.label]);
}

describe('readSpacyDocBin', () => {
  it("reads spaCy's texts, entities, span groups and cats as spaCy gives them back", () => {
    const { documents } = read(fixture());
    expect(documents.map((d) => d.text)).toEqual([
      'Ada Lovelace met Charles Babbage in London.',
      'The EU fined Google €2.4 billion  in 2017 🙂.',
      'Nothing here is annotated.',
    ]);
    // Offsets are code points, as Python's: the emoji before the last token counts one.
    expect(spansOf(documents[0])).toEqual([
      [0, 12, 'PERSON'],
      [17, 32, 'PERSON'],
      [36, 42, 'GPE'],
    ]);
    expect(spansOf(documents[1])).toEqual([
      [4, 6, 'ORG'],
      [13, 19, 'ORG'],
      [20, 32, 'MONEY'],
      [37, 41, 'DATE'],
    ]);
    expect(spansOf(documents[0], 'sc')).toEqual([
      [0, 12, 'NAME'],
      [0, 16, 'OPENING'],
    ]);
    expect(spansOf(documents[1], 'sc')).toEqual([
      [4, 6, 'NAME'],
      [0, 12, 'OPENING'],
    ]);
    expect(documents[2]?.spans).toEqual([]);
    expect(documents[0]?.documentLabels).toEqual({ history: '1', sport: '0' });
  });

  it('names documents by their user_data id and keeps tokens, tags, lemmas and ENT_IOB 0', () => {
    const { documents, warnings } = read(fixture());
    expect(documents.map((d) => d.name)).toEqual(['small-doc-1', 'small-doc-2', 'small-2']);
    const kept = keptDocBinOf(documents[1]?.metadata);
    expect(kept?.words).toEqual([
      'The',
      'EU',
      'fined',
      'Google',
      '€',
      '2.4',
      'billion',
      ' ',
      'in',
      '2017',
      '🙂',
      '.',
    ]);
    expect(kept?.columns.find((c) => c.attr === 75)?.values[0]).toBe('NNP');
    expect(kept?.columns.find((c) => c.attr === 73)?.values[0]).toBe('first');
    expect(keptDocBinOf(documents[2]?.metadata)?.iob).toEqual([0, 0, 0, 0, 0]);
    expect(warnings.join('\n')).toContain('5 tokens have ENT_IOB 0');
  });

  it('refuses a file that is no DocBin, cut short, or a decompression bomb, naming the file', () => {
    const bytes = fixture();
    expect(messagesOf(() => read(bytes.subarray(0, 200), 'cut.spacy'))[0]).toMatch(
      /^cut\.spacy: .*zlib/,
    );
    expect(messagesOf(() => read(new TextEncoder().encode('{"a": 1}'), 'a.spacy'))[0]).toMatch(
      /a\.spacy: is not zlib-compressed/,
    );
    // A bomb stops at the bound as it inflates (a small bound here: 512 MiB for a file).
    const bomb = boundedInflate(zlibSync(new Uint8Array(4 * 1024 * 1024)), 1024 * 1024);
    expect('reason' in bomb && bomb.reason).toMatch(/^inflates to more than 1 MiB/);
    expect(messagesOf(() => readSpacyDocBin([{ path: 'x.spacy', content: 'text' }]))[0]).toMatch(
      /read as text/,
    );
  });
});
