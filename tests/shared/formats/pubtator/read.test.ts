import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPubtator, writePubtator } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { keptPubtatorOf } from '../../../../src/shared/formats/pubtator/keptPubtator';
import { errorsOf, file } from '../build';

/** Real documents of BC5CDR, NCBI disease, BioRED and tmChem (tests/fixtures/pubtator/SOURCES.md, counts taken there with awk). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/pubtator');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function documentsOf(name: string): Map<string, FormatDocument> {
  const bundle = readPubtator([file(name, fixture(name))]);
  return new Map(bundle.documents.map((d) => [d.name, d]));
}

function docOf(name: string, pmid: string): FormatDocument {
  const doc = documentsOf(name).get(pmid);
  if (!doc) throw new Error(`no document ${pmid}`);
  return doc;
}

/** The text a span covers. */
function covered(doc: FormatDocument, index: number): string {
  const f = doc.spans[index]?.fragments[0];
  return f ? doc.text.slice(f.start, f.end) : '';
}

const CDR = 'CDR_sample.PubTator.txt';
const NCBI = 'NCBI_sample_corpus.txt';
const BIORED = 'BioRED_sample.PubTator';
const TMCHEM = 'tmChem_sample.PubTator.txt';

describe('readPubtator', () => {
  it('reads one document per PMID, title and abstract one line break apart, every mention a span', () => {
    const docs = documentsOf(CDR);
    expect([...docs.keys()]).toEqual(['227508', '354896', '2234245']);
    expect(docs.get('227508')?.spans).toHaveLength(20);
    expect(docs.get('354896')?.spans).toHaveLength(6);
    expect(docs.get('2234245')?.spans).toHaveLength(18);
    const doc = docOf(CDR, '227508');
    expect(
      doc.text.startsWith(
        'Naloxone reverses the antihypertensive effect of clonidine.\nIn unanesthetized, spontaneously hypertensive rats',
      ),
    ).toBe(true);
    const labels = doc.spans.map((s) => s.label);
    expect(labels.filter((l) => l === 'Chemical')).toHaveLength(16);
    expect(labels.filter((l) => l === 'Disease')).toHaveLength(4);
    // 227508  0  8  Naloxone  Chemical  D009270 ; 244 252 nalozone Chemical -1
    expect(doc.spans[0]).toMatchObject({
      label: 'Chemical',
      fragments: [{ start: 0, end: 8 }],
      normalizations: [{ db: 'PubTator', key: 'D009270' }],
    });
    const nalozone = doc.spans.findIndex((s) => s.fragments[0]?.start === 244);
    expect(covered(doc, nalozone)).toBe('nalozone');
    expect(doc.spans[nalozone]?.normalizations).toBeUndefined();
  });

  it('keeps relation lines (between concept IDs) and the 7th column of composite mentions', () => {
    const doc = docOf(CDR, '2234245');
    const kept = keptPubtatorOf(doc.metadata);
    expect(kept?.relations).toHaveLength(3);
    expect(kept?.relations[0]).toBe('2234245\tCID\tD003676\tD012164');
    expect(doc.spans[0]).toMatchObject({
      label: 'Disease',
      fragments: [{ start: 0, end: 28 }],
      normalizations: [{ db: 'PubTator', key: 'D014786|D006311' }],
    });
    expect(kept?.tails[doc.spans[0]?.id ?? '']).toEqual({
      key: 'D014786|D006311',
      tail: '\tD014786|D006311\tOcular toxicity|auditory toxicity',
    });
    expect(Object.keys(kept?.tails ?? {})).toHaveLength(2);
  });

  it('says how many relation lines it kept', () => {
    const bundle = readPubtator([file(CDR, fixture(CDR))]);
    expect(bundle.warnings).toEqual([
      `${CDR}: 5 relation lines (between concept IDs, not mentions) kept on their documents, shown with the document's source facts and written back by a PubTator export`,
    ]);
  });

  it('reads BioRED: five-column relation lines and IDs holding | are kept as written', () => {
    const doc = docOf(BIORED, '14510914');
    expect(doc.spans).toHaveLength(37);
    const kept = keptPubtatorOf(doc.metadata);
    expect(kept?.relations).toHaveLength(12);
    expect(kept?.relations).toContain(
      '14510914\tPositive_Correlation\tc|DEL|1314_1328|\tD003409\tNovel',
    );
    expect(doc.spans.some((s) => s.normalizations?.[0]?.key === 'p|DEL|439_443|')).toBe(true);
  });

  it('reads mentions without a concept column (tmChem) and keeps that they had none', () => {
    const doc = docOf(TMCHEM, '23864035');
    expect(doc.spans).toHaveLength(11);
    const kept = keptPubtatorOf(doc.metadata);
    expect(Object.values(kept?.tails ?? {}).filter((t) => t.tail === '')).toHaveLength(7);
    expect(doc.spans.filter((s) => s.normalizations === undefined)).toHaveLength(7);
  });

  it('reads NCBI disease: the blank first line, a concept ID written with a space, a mention with spaces after it', () => {
    const bundle = readPubtator([file(NCBI, fixture(NCBI))]);
    expect(bundle.documents.map((d) => [d.name, d.spans.length])).toEqual([
      ['8808605', 5],
      ['9050866', 3],
      ['10923035', 13],
    ]);
    const first = bundle.documents[0];
    expect(first?.spans[0]).toMatchObject({
      label: 'DiseaseClass',
      fragments: [{ start: 154, end: 171 }],
      normalizations: [{ db: 'PubTator', key: 'D008661' }],
    });
    expect(keptPubtatorOf(first?.metadata)?.lead).toBe('\n');
    const spaced = bundle.documents[2];
    const at = spaced?.spans.findIndex((s) => s.fragments[0]?.start === 711) ?? -1;
    expect(spaced && covered(spaced, at)).toBe(
      'generalized epilepsy and febrile seizures " plus "',
    );
    expect(bundle.warnings.some((w) => /:25: mention .* has spaces around the text/.test(w))).toBe(
      true,
    );
  });

  it('writes every real file back byte for byte', () => {
    for (const name of [CDR, NCBI, BIORED, TMCHEM]) {
      const content = fixture(name);
      const bundle = readPubtator([file(`corpus/${name}`, content)]);
      expect(bundle.warnings.filter((w) => w.includes('writes this file back otherwise'))).toEqual(
        [],
      );
      const written = writePubtator(bundle);
      expect(written.files.map((f) => [f.path, f.content])).toEqual([[name, content]]);
      expect(written.summary.notExpressed).toEqual({});
    }
  });

  it('counts offsets in code points: a mention after an astral character', () => {
    const text = '1|t|😀 aspirin\n1|a|\n1\t2\t9\taspirin\tChemical\tD001241\n';
    const doc = readPubtator([file('a.pubtator', text)]).documents[0];
    expect(doc?.spans[0]?.fragments).toEqual([{ start: 2, end: 9 }]);
    expect(keptPubtatorOf(doc?.metadata)?.utf16).toBeUndefined();
  });

  it('reads UTF-16 offsets when only they fit every mention, says so and writes them back', () => {
    const text = '1|t|😀 aspirin\n1|a|\n1\t3\t10\taspirin\tChemical\tD001241\n\n';
    const bundle = readPubtator([file('a.pubtator', text)]);
    expect(bundle.documents[0]?.spans[0]?.fragments).toEqual([{ start: 2, end: 9 }]);
    expect(bundle.warnings.some((w) => w.includes('UTF-16 units'))).toBe(true);
    expect(writePubtator(bundle).files[0]?.content).toBe(text);
  });
});

describe('readPubtator errors', () => {
  const reasons = (content: string, path = 'a.txt') =>
    errorsOf(() => readPubtator([file(path, content)])).map((e) => `${e.line ?? '-'}: ${e.reason}`);

  it('refuses a mention line before any title', () => {
    const [error] = reasons('1\t0\t3\tfoo\tChemical\tD1\n1|t|foo\n1|a|\n', 'a.pubtator');
    expect(error).toMatch(/^1: .* comes before any title line; .* Add the title line/);
  });

  it('refuses offsets outside the text, naming the text length', () => {
    const [error] = reasons('1|t|foo\n1|a|bar\n1\t4\t9\tbarxx\tChemical\tD1\n');
    expect(error).toMatch(
      /^3: mention "barxx" at 4–9 lies outside the text of document 1, 7 characters long/,
    );
  });

  it('refuses a start after its end in a text with an astral character (found by the fuzz test)', () => {
    const [error] = reasons('1|t|😀\n1|a|\n1\t0\t1\t😀\tX\t-1\n1\t4\t2\tx\tX\t-1\n');
    expect(error).toMatch(/^4: mention "x": start 4 is not before end 2; fix the offsets/);
  });

  it('refuses an offset that is not a number', () => {
    const [error] = reasons('1|t|foo\n1|a|bar\n1\t4x\t7\tbar\tChemical\tD1\n');
    expect(error).toMatch(/^3: offset "4x" is not a number; .*fix the offset/);
  });

  it('refuses a line whose PMID differs from its document’s', () => {
    const [error] = reasons('1|t|foo\n1|a|bar\n2\t4\t7\tbar\tChemical\tD1\n');
    expect(error).toMatch(/^3: PMID "2" differs from the document's "1" \(title on line 1\)/);
  });

  it('refuses a mention column that is not the text at its offsets, naming both', () => {
    const [error] = reasons('1|t|foo\n1|a|bar\n1\t4\t7\tbaz\tChemical\tD1\n');
    expect(error).toBe(
      '3: mention "baz" differs from the text at 4–7, which reads "bar"; offsets count the title\'s characters, one separator, then the abstract\'s: fix the offsets or the mention',
    );
  });

  it('refuses a line after a blank line that opens no document, and a .txt that is not PubTator', () => {
    expect(reasons('1|t|foo\n1|a|bar\n\n1\t4\t7\tbar\tChemical\tD1\n')[0]).toMatch(
      /^4: .* follows a blank line, which ends document 1/,
    );
    expect(reasons('Just prose.\n')[0]).toMatch(/^-: is not PubTator/);
  });

  it('names the file and line of each error', () => {
    const errors = errorsOf(() =>
      readPubtator([
        file('x/a.txt', '1|t|foo\n1|a|bar\n1\t4\t70\tbar\tChemical\tD1\n1\ta\t7\tbar\tX\tD1\n'),
      ]),
    );
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      ['x/a.txt', 3],
      ['x/a.txt', 4],
    ]);
  });
});
