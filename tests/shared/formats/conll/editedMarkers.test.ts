import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { runConlleval } from '../../../../scripts/interop/conlleval';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { file, lines, span } from '../build';

/** Excerpts of published CoNLL files kept in the project (sources and licences: SOURCES.md there). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/conll');
/** The CoNLL-2000 scorer, unchanged, beside the checkout (../shared/tools/README.md). */
const CONLLEVAL = join(SHARED_DIR, 'tools', 'conlleval.pl');
const absent = !existsSync(CONLLEVAL);
if (absent) console.warn(`skipped: conlleval.pl is absent (${CONLLEVAL})`);

/** A document break or a comment: a line the export keeps in its place, no token. */
const MARKER = /^(?:-DOCSTART-|###MEDLINE:|#)/u;

/**
 * Each document as an annotator leaves it: its first span relabelled `EDIT`, and a `NEW` span
 * on its first word when that is tagged O (a word of its own: the text is the tokens joined
 * by spaces and line breaks). Returns the edited bundle, and how many spans were relabelled
 * and added.
 */
function edited(read: FormatBundle): { bundle: FormatBundle; relabelled: number; added: number } {
  let relabelled = 0;
  let added = 0;
  const documents = read.documents.map((d): FormatDocument => {
    const spans = d.spans.map((s, i) => (i === 0 ? { ...s, label: 'EDIT' } : s));
    if (d.spans.length > 0) relabelled++;
    const end = [...d.text].findIndex((c) => c === ' ' || c === '\n');
    const word = end === -1 ? [...d.text].length : end;
    const free = d.spans.every((s) => s.fragments.every((f) => f.start >= word));
    if (word > 0 && free) {
      spans.push(span(0, word, 'NEW'));
      added++;
    }
    return { ...d, spans };
  });
  return { bundle: { ...read, documents }, relabelled, added };
}

/** The lines of a file, the last column of each token line left out. */
function withoutTags(content: string, separator: RegExp): string[] {
  return content
    .split('\n')
    .map((line) =>
      line === '' || MARKER.test(line) ? line : line.split(separator).slice(0, -1).join(' '),
    );
}

/** The original file with the edited export's tag pasted after each line: gold, then guessed, for conlleval.pl. */
function goldAndEdited(original: string, exported: string, separator: RegExp): string {
  const edits = exported.split('\n');
  return original
    .split('\n')
    .map((line, i) =>
      line === ''
        ? line
        : `${line.split(separator).join(' ')} ${(edits[i] ?? '').split(separator).at(-1) ?? ''}`,
    )
    .join('\n');
}

describe('an edited CoNLL document keeps its file’s marker lines in their places', () => {
  const cases = [
    // CoNLL-2002 Dutch: `-DOCSTART- -DOCSTART- O`, no blank line after it; 2 documents, 5 names.
    ['conll2002-ned-testa-two-docs.conll', / /u],
    // wikigold (CoNLL-2003 shape, IOB1): `-DOCSTART- O`, the last one with no tokens after it.
    ['wikigold-head-tail.conll', / /u],
    // GermEval 2014: a `#<TAB>source` comment line before each sentence, tab-separated.
    ['germeval2014-NER-de-dev.tsv', /\t/u],
  ] as const;

  it.each(cases)('%s: only the tag column changes', (name, separator) => {
    const original = readFileSync(join(FIXTURES, name), 'utf8');
    const { bundle, relabelled, added } = edited(readConll([file(name, original)]));
    expect([relabelled > 0, added > 0]).toEqual([true, true]);
    const written = writeConll(bundle);
    const content = written.files[0]?.content ?? '';
    expect(content).not.toBe(original);
    expect(withoutTags(content, separator)).toEqual(withoutTags(original, separator));
    const markers = original.split('\n').filter((l) => MARKER.test(l));
    expect(markers.length).toBeGreaterThan(0);
    expect(content.split('\n').filter((l) => MARKER.test(l))).toEqual(markers);
    expect(written.summary.notExpressed).toEqual({});
  });

  it.skipIf(absent).each(cases.slice(0, 2))(
    '%s: conlleval.pl scores the edited export against the file as edited',
    async (name, separator) => {
      const original = readFileSync(join(FIXTURES, name), 'utf8');
      const read = readConll([file(name, original)]);
      const { bundle, relabelled, added } = edited(read);
      const content = writeConll(bundle).files[0]?.content ?? '';
      const report = await runConlleval(CONLLEVAL, goldAndEdited(original, content, separator));
      expect(report.output).not.toMatch(/unexpected number|Use of uninitialized/u);
      const spans = read.documents.reduce((n, d) => n + d.spans.length, 0);
      expect(report).toMatchObject({
        code: 0,
        phrases: spans,
        found: spans + added,
        correct: spans - relabelled,
      });
    },
  );
});

describe('a bare -DOCSTART- line (no other column) comes back as it was', () => {
  // Hand-made: two documents of a token-and-tag file whose document breaks are `-DOCSTART-`
  // alone on a line, a blank line after each, as CoNLL-2003-derived files cut to two columns have them.
  const BARE = lines(
    '-DOCSTART-',
    '',
    'EU B-ORG',
    'rejects O',
    'German B-MISC',
    '',
    '-DOCSTART-',
    '',
    'Peter B-PER',
    'Blackburn I-PER',
    '',
  );

  it('unedited, byte for byte', () => {
    const written = writeConll(readConll([file('bare.txt', BARE)]));
    expect(written.files[0]?.content).toBe(BARE);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('edited, with only the tags changed', () => {
    const { bundle } = edited(readConll([file('bare.txt', BARE)]));
    const content = writeConll(bundle).files[0]?.content;
    expect(content).toBe(
      lines(
        '-DOCSTART-',
        '',
        'EU B-EDIT',
        'rejects O',
        'German B-MISC',
        '',
        '-DOCSTART-',
        '',
        'Peter B-EDIT',
        'Blackburn I-EDIT',
        '',
      ),
    );
  });

  it.skipIf(absent)(
    'with --scheme, as `-DOCSTART- O`, which conlleval.pl reads (a line of one column stops it)',
    async () => {
      const { bundle } = edited(readConll([file('bare.txt', BARE)]));
      const content = writeConll(bundle, { scheme: 'iob2' }).files[0]?.content ?? '';
      expect(content.split('\n').filter((l) => l.startsWith('-DOCSTART-'))).toEqual([
        '-DOCSTART- O',
        '-DOCSTART- O',
      ]);
      const report = await runConlleval(CONLLEVAL, goldAndEdited(content, content, / /u));
      expect(report).toMatchObject({ code: 0, tokens: 7, phrases: 3, correct: 3 });
    },
  );
});

describe('comment lines a mixed export cannot place are named in its summary', () => {
  it('GermEval 2014’s # source lines, its document written in Loupe’s columns beside a JNLPBA one', () => {
    const name = 'germeval2014-NER-de-dev.tsv';
    const original = readFileSync(join(FIXTURES, name), 'utf8');
    const comments = original.split('\n').filter((l) => l.startsWith('#')).length;
    expect(comments).toBe(12); // one before each of its 12 sentences
    const germeval = readConll([file(name, original)]);
    const jnlpba = readConll([file('a.iob2', lines('###MEDLINE:1', '', 'IL-2\tB-DNA', ''))]);
    const written = writeConll({
      ...germeval,
      documents: [...germeval.documents, ...jnlpba.documents],
    });
    expect(written.files[0]?.content).not.toMatch(/^#\thttp/mu); // the source lines
    expect(written.summary.notExpressed).toEqual({
      'document whose kept CoNLL columns were left out: the export mixes column layouts': 2,
      'comment line kept from a CoNLL file not written: its document was written in other columns, the export mixes column layouts':
        comments,
    });
  });
});
