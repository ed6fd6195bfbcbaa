import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle, ReadOptions } from '../../../../src/shared/formats';
import { alignedTags } from '../../../../scripts/interop/alignedTags';
import { runConlleval } from '../../../../scripts/interop/conlleval';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';

/** Excerpts of published CoNLL files kept in the project (sources and licences: SOURCES.md there). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/conll');
/** doccano-transformer's CoNLL-2003 output and the doccano export it was made from (../shared). */
const TRANSFORMER = join(SHARED_DIR, 'fixtures', 'real', 'doccano', 'doccano-transformer');
const CONLLEVAL = join(SHARED_DIR, 'tools', 'conlleval.pl');
const noConlleval = !existsSync(CONLLEVAL);
if (noConlleval) console.warn(`skipped: conlleval.pl is absent (${CONLLEVAL})`);

function readFixture(name: string, options: ReadOptions = {}): FormatBundle {
  return readConll([{ path: name, content: readFileSync(join(FIXTURES, name), 'utf8') }], options);
}

/** Spans per label, as conlleval.pl counts phrases per type. */
function countsOf(bundle: FormatBundle): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const doc of bundle.documents)
    for (const span of doc.spans) counts[span.label] = (counts[span.label] ?? 0) + 1;
  return counts;
}

/** conlleval.pl's input: token, gold tag (column `gold` of `a`), guessed tag (column `guess` of `b`). */
function scored(a: string, gold: number, b: string = a, guess: number = gold): string {
  const input = alignedTags(a, gold, b, guess);
  if (input === null) throw new Error('the files do not line up token by token');
  return input;
}

describe('readConll on files other tools wrote', () => {
  it('reads doccano-transformer’s CoNLL-2003 into the texts and spans of the doccano export it came from', () => {
    const records = readFileSync(join(TRANSFORMER, 'labeling.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            text: string;
            annotations: {
              label: number;
              start_offset: number;
              end_offset: number;
              user: number;
            }[];
          },
      );
    for (const user of [1, 2]) {
      const content = readFileSync(join(TRANSFORMER, `labeling.conll2003.user${user}`), 'utf8');
      const { documents } = readConll([{ path: `labeling.conll2003.user${user}`, content }]);
      // user 1 annotated the first record only, so doccano-transformer wrote one document for them.
      const expected = records.slice(0, documents.length);
      expect(documents.map((d) => d.text)).toEqual(expected.map((r) => r.text));
      documents.forEach((doc, i) => {
        const gold = (expected[i]?.annotations ?? [])
          .filter((a) => a.user === user)
          .map((a) => [String(a.label), a.start_offset, a.end_offset]);
        expect(doc.spans.map((s) => [s.label, s.fragments[0]?.start, s.fragments[0]?.end])).toEqual(
          gold,
        );
      });
      // Nothing changed: the export gives the file back byte for byte.
      expect(writeConll(readConll([{ path: 'x', content }])).files[0]?.content).toBe(content);
    }
  });

  it('reads BILOU and BIOES (WNUT 17 converted by spaCy’s iob_to_biluo) into the spans of the IOB2 original', () => {
    const spansOf = (b: FormatBundle) => b.documents.flatMap((d) => d.spans);
    const original = readFixture('wnut17-emerging-dev.conll');
    const bilou = readFixture('wnut17-emerging-dev.bilou.conll');
    const bioes = readFixture('wnut17-emerging-dev.bioes.conll');
    expect(bilou.warnings[0]).toContain('read as BILOU (detected)');
    expect(bioes.warnings[0]).toContain('read as BIOES (detected)');
    expect(spansOf(bilou)).toEqual(spansOf(original));
    expect(spansOf(bioes)).toEqual(spansOf(original));
    expect(spansOf(original).length).toBeGreaterThan(30);
  });

  it('reads GermEval 2014: comments and the index column kept, the nested column named, the outer one on request', () => {
    const inner = readFixture('germeval2014-NER-de-dev.tsv');
    expect(inner.warnings.join('\n')).toContain(
      'column 3 also holds tags of the same types (B-OTH, …), as a second, nested level does; it is kept as a column and written back by the CoNLL export, not read as spans; pass --tag-column 3 to read it instead',
    );
    const outer = readFixture('germeval2014-NER-de-dev.tsv', { tagColumn: 3 });
    const [doc] = outer.documents;
    expect(doc?.text.split('\n')[0]).toBe(
      'Gleich darauf entwirft er seine Selbstdarstellung " Ecce homo " in enger Auseinandersetzung mit diesem Bild Jesu .',
    );
    expect(doc?.metadata?.conll).toMatchObject({ columns: 4, token: 1, tag: 2, scheme: 'IOB2' });
    // Written back as it was, byte for byte: the index column first, the # source lines before
    // their sentences, as GermEval's own scorer reads the file; read either way.
    const original = readFileSync(join(FIXTURES, 'germeval2014-NER-de-dev.tsv'), 'utf8');
    for (const read of [inner, outer]) {
      const written = writeConll(read);
      expect(written.files[0]?.content).toBe(original);
      expect(written.summary.notExpressed).toEqual({});
    }
  });

  it('writes GermEval 2014 where conlleval.pl and spaCy read it when a scheme is asked for', () => {
    // The same columns separated by tabs, the token first and the tags Loupe read last, the
    // comment lines left out, counted, and no -DOCSTART- line (the file had none).
    const outer = readFixture('germeval2014-NER-de-dev.tsv', { tagColumn: 3 });
    const original = readFileSync(join(FIXTURES, 'germeval2014-NER-de-dev.tsv'), 'utf8');
    const written = writeConll(outer, { scheme: 'iob2' });
    const rows = original
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .map((l) => {
        const [index, token, tag, nested] = l.split('\t');
        return l === '' ? '' : [token, index, nested, tag].join('\t');
      });
    expect((written.files[0]?.content ?? '').split('\n')).toEqual(rows);
    expect(written.summary.notExpressed).toEqual({
      'comment line kept from a CoNLL file not written (conlleval.pl and spaCy would read it as a token)': 12,
    });
  });
});

describe.skipIf(noConlleval)('readConll against conlleval.pl', () => {
  it.each([
    ['wnut17-emerging-dev.conll', {}, -1],
    ['germeval2014-NER-de-dev.tsv', {}, -1],
    ['germeval2014-NER-de-dev.tsv', { tagColumn: 3 }, 2],
  ] as const)(
    '%s %o: spans per label = conlleval.pl’s phrases per type',
    async (name, options, column) => {
      const content = readFileSync(join(FIXTURES, name), 'utf8');
      const report = await runConlleval(CONLLEVAL, scored(content, column));
      expect(report).toMatchObject({ code: 0, fb1: 100 });
      expect(countsOf(readFixture(name, options))).toEqual(report.byType);
    },
  );

  it.each([
    ['wnut17-emerging-dev.conll', {}, {}, -1, -1],
    ['germeval2014-NER-de-dev.tsv', { tagColumn: 3 }, {}, 2, 2],
    ['germeval2014-NER-de-dev.tsv', { tagColumn: 3 }, { scheme: 'iob2' }, 2, -1],
  ] as const)(
    '%s %o, exported %o: the export scored against the original is 100%%',
    async (name, options, written, column, exportedColumn) => {
      const content = readFileSync(join(FIXTURES, name), 'utf8');
      const exported = writeConll(readFixture(name, options), written).files[0]?.content ?? '';
      // Without a scheme asked for, the tags Loupe read are where the file had them; with one, last.
      const report = await runConlleval(
        CONLLEVAL,
        scored(content, column, exported, exportedColumn),
      );
      expect(report.output).not.toMatch(/unexpected number/u);
      expect(report).toMatchObject({ code: 0, fb1: 100, accuracy: 100 });
      expect(report.found).toBe(report.phrases);
    },
  );
});
