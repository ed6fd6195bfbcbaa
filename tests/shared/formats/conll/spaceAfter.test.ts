import { describe, expect, it } from 'vitest';
import {
  KEPT_CONLL,
  readConll,
  writeConll,
  writeHuggingFace,
  writeSpansJsonl,
} from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { noSpaceAfter } from '../../../../src/shared/formats/conll/spaceAfter';
import { isRecord } from '../../../../src/shared/collections';
import { bundle, span } from '../build';

/** A CoNLL-U word line: id, form, MISC. */
const word = (id: string, form: string, misc = '_') =>
  `${id}\t${form}\t_\t_\t_\t_\t_\t_\t_\t${misc}`;

// A sentence in the shape of UD's treebanks: `SpaceAfter=No` before punctuation and inside a
// word of two characters, one astral (`𝒜b`), multiword tokens that their words spell (`didn't`)
// and do not (Spanish `del`: `de` `el`), an empty node, names in MISC.
const FILE = [
  "# text = Ana didn't see del Prado, ki 𝒜b.",
  word('1', 'Ana', 'NE=B-Per'),
  word('2-3', "didn't"),
  word('2', 'did'),
  word('3', "n't"),
  word('4', 'see'),
  word('4.1', 'saw'),
  word('5-6', 'del'),
  word('5', 'de'),
  word('6', 'el'),
  word('7', 'Prado', 'SpaceAfter=No|NE=B-Loc'),
  word('8', ','),
  word('9', 'ki'),
  word('10', '𝒜', 'SpaceAfter=No'),
  word('11', 'b', 'SpaceAfter=No'),
  word('12', '.'),
  '',
].join('\n');

const TOKENS = ['Ana', 'did', "n't", 'see', 'de', 'el', 'Prado', ',', 'ki', '𝒜', 'b', '.'];

function imported(): FormatDocument {
  const [doc] = readConll([{ path: 'ud.conllu', content: FILE }]).documents;
  if (!doc) throw new Error('no document');
  return doc;
}

const records = (content: string | Uint8Array | undefined): unknown[] =>
  String(content)
    .split('\n')
    .filter((l) => l !== '')
    .map((l): unknown => JSON.parse(l));

describe('CoNLL-U text as spaCy joins its words', () => {
  it('runs words on after SpaceAfter=No and inside a multiword token its words spell', () => {
    const doc = imported();
    expect(doc.text).toBe("Ana didn't see de el Prado, ki 𝒜b.");
    const named = doc.spans.map((s) => {
      const [f] = s.fragments;
      return [s.label, [...doc.text].slice(f?.start, f?.end).join('')];
    });
    expect(named).toEqual([
      ['Per', 'Ana'],
      ['Loc', 'Prado'],
    ]);
    // The import says so, and not that its tokens are joined by spaces.
    const said = readConll([{ path: 'ud.conllu', content: FILE }]).warnings.join('\n');
    expect(said).toContain('no space after a word whose MISC says SpaceAfter=No');
    expect(said).not.toContain('tokens joined by spaces');
  });

  it('writes the file back byte for byte', () => {
    expect(writeConll(bundle(imported())).files[0]?.content).toBe(FILE);
  });

  it('gives other formats the file’s words as tokens, with no space where there was none', () => {
    const [hf] = records(writeHuggingFace(bundle(imported()), {}).files[0]?.content);
    expect(isRecord(hf) ? hf.tokens : null).toEqual(TOKENS);
    const [jsonl] = records(writeSpansJsonl(bundle(imported())).files[0]?.content);
    const tokens = isRecord(jsonl) && Array.isArray(jsonl.tokens) ? jsonl.tokens : [];
    const spaced = tokens.map((t: unknown) => (isRecord(t) ? [t.text, t.ws] : null));
    expect(spaced).toEqual(
      TOKENS.map((t, i) => [t, !['did', 'Prado', '𝒜', 'b', '.'].includes(t) && i < 11]),
    );
  });

  it('writes back a document imported when its words were all joined by spaces', () => {
    // A project imported before: every word followed by a space, no boundaries kept.
    const doc = imported();
    const kept = doc.metadata?.[KEPT_CONLL];
    if (!isRecord(kept)) throw new Error('no kept columns');
    const { glued: _glued, ...before } = kept;
    const text = TOKENS.join(' ');
    const old: FormatDocument = {
      ...doc,
      text,
      spans: [span(0, 3, 'Per'), span(text.indexOf('Prado'), text.indexOf('Prado') + 5, 'Loc')],
      metadata: { [KEPT_CONLL]: before },
    };
    expect(writeConll(bundle(old)).files[0]?.content).toBe(FILE);
  });
});

describe('noSpaceAfter', () => {
  it('takes a multiword token’s SpaceAfter=No for its last word, as spaCy does', () => {
    const lines = [word('1-2', "didn't", 'SpaceAfter=No'), word('1', 'did'), word('2', "n't")];
    expect([...noSpaceAfter([...lines, word('3', '.')])]).toEqual([1, 2]);
  });

  it('reads the first line after a byte-order mark', () => {
    expect([
      ...noSpaceAfter([`\uFEFF${word('1', 'EU', 'SpaceAfter=No')}`, word('2', '.')]),
    ]).toEqual([0]);
  });
});
