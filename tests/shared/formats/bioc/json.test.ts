import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBioc, writeBioc } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { codePoints } from '../../../../src/shared/spans';
import { errorsOf } from '../build';

/** Real BioC files (tests/fixtures/bioc/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/bioc');

function fixture(name: string): { path: string; content: string } {
  return { path: name, content: readFileSync(join(FIXTURES, name), 'utf8') };
}

/** The text each span covers, its fragments joined by a space. */
function covered(doc: FormatDocument): string[] {
  const chars = Array.from(doc.text);
  return doc.spans.map((s) =>
    s.fragments.map((f) => chars.slice(f.start, f.end).join('')).join(' '),
  );
}

/** What a document holds, without what it keeps for its file. */
function held(bundle: FormatBundle): Omit<FormatDocument, 'metadata'>[] {
  return bundle.documents.map(({ metadata: _kept, ...doc }) => doc);
}

/** Every annotation's `text` in a BioC JSON value, wherever it sits. */
function annotationTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(annotationTexts);
  if (typeof value !== 'object' || value === null) return [];
  const own = 'locations' in value && 'text' in value ? [String(value.text)] : [];
  return [...own, ...Object.values(value).flatMap(annotationTexts)];
}

/** PubTator 3's biocjson export of one abstract, laid out as its API writes it (Python's json, one line). */
const PUBTATOR3 = {
  PubTator3: [
    {
      _id: '29355051|None',
      id: '29355051',
      infons: {},
      passages: [
        {
          infons: { journal: 'Integr Cancer Ther. 2018', year: '2018', type: 'title' },
          offset: 0,
          text: 'Lycium barbarum and oxidative stress.',
          sentences: [],
          annotations: [
            {
              id: '1',
              infons: {
                identifier: '112863',
                type: 'Species',
                valid: true,
                normalized: ['112863'],
                database: 'ncbi_taxonomy',
              },
              text: 'Lycium barbarum',
              locations: [{ offset: 0, length: 15 }],
            },
          ],
          relations: [],
        },
        {
          infons: { type: 'abstract' },
          offset: 38,
          text: 'Aspirin lowers fever in mice.',
          sentences: [],
          annotations: [
            {
              id: '2',
              infons: { identifier: 'MESH:D001241', type: 'Chemical', valid: true },
              text: 'Aspirin',
              locations: [{ offset: 38, length: 7 }],
            },
            {
              id: '3',
              infons: { identifier: 'MESH:D005334', type: 'Disease', valid: true },
              text: 'fever',
              locations: [{ offset: 53, length: 5 }],
            },
          ],
          relations: [],
        },
      ],
      relations: [
        {
          id: 'R1',
          infons: {
            score: '0.9',
            role1: { identifier: 'MESH:D001241', type: 'Chemical' },
            role2: { identifier: 'MESH:D005334', type: 'Disease' },
            type: 'Treat',
          },
          nodes: [],
        },
      ],
      pmid: 29355051,
      pmcid: null,
      date: '2018-09-01T00:00:00Z',
      authors: ['Deng X', 'Luo S'],
    },
  ],
};

/** Python's json.dumps with its default separators. */
function pythonJson(value: unknown): string {
  return JSON.stringify(value).replace(/("(?:[^"\\]|\\.)*")|([:,])/g, (m, s, p) =>
    s ? s : `${p} `,
  );
}

describe('readBioc and writeBioc on BioC JSON', () => {
  it("reads the bioc package's everything.json as everything.xml reads, and writes it back byte for byte", () => {
    const json = fixture('everything.json');
    const fromJson = readBioc([json]);
    expect(held(fromJson)).toEqual(held(readBioc([fixture('everything.xml')])));
    // Known answers: each annotation's own text in the file.
    const texts = annotationTexts(JSON.parse(json.content));
    expect(fromJson.documents.flatMap(covered).sort()).toEqual(texts.sort());
    expect(fromJson.documents[1]?.text).toBe(`${' '.repeat(27)}abcdefg测试Non-ASCII`);
    const written = writeBioc(fromJson).files;
    expect(written.map((f) => f.path)).toEqual(['everything.json']);
    expect(JSON.parse(written[0]?.content ?? '')).toEqual(JSON.parse(json.content));
    expect(written[0]?.content).toBe(json.content);
  });

  it("reads PubTator 3's export: type infons as labels, other infons (true, lists) as attributes, its relations of concept ids kept", () => {
    const content = pythonJson(PUBTATOR3);
    const bundle = readBioc([{ path: 'export.json', content }]);
    const [doc] = bundle.documents;
    expect(doc?.name).toBe('29355051');
    expect(doc?.title).toBe('Lycium barbarum and oxidative stress.');
    expect(doc?.text).toBe('Lycium barbarum and oxidative stress.\nAspirin lowers fever in mice.');
    expect(doc?.spans.map((s) => s.label)).toEqual(['Species', 'Chemical', 'Disease']);
    expect(doc ? covered(doc) : []).toEqual(annotationTexts(PUBTATOR3));
    expect(doc?.spans[0]?.attributes).toEqual({
      identifier: '112863',
      valid: 'true',
      normalized: '["112863"]',
      database: 'ncbi_taxonomy',
    });
    expect(doc?.relations).toEqual([]);
    expect(bundle.warnings.join('\n')).toMatch(/document 29355051: 1 relation not between two/);
    const [out] = writeBioc(bundle).files;
    expect(out?.path).toBe('export.json');
    expect(out?.content).toBe(content);
  });

  it('writes a changed span anew keeping its infons in order and their JSON values, and a new one with the encoder keys', () => {
    const bundle = readBioc([{ path: 'export.json', content: JSON.stringify(PUBTATOR3) }]);
    const [doc] = bundle.documents;
    if (!doc) throw new Error('no document');
    const spans = doc.spans.map((s) => (s.id === '3' ? { ...s, label: 'Symptom' } : s));
    const mice = {
      start: codePoints(doc.text.indexOf('mice')),
      end: codePoints(doc.text.indexOf('mice') + 4),
    };
    spans.push({ id: 'n1', label: 'Species', fragments: [mice] });
    const [out] = writeBioc({ ...bundle, documents: [{ ...doc, spans }] }).files;
    const written = JSON.parse(out?.content ?? '');
    const annotations = written.PubTator3[0].passages[1].annotations;
    expect(annotations[1]).toEqual({
      id: '3',
      infons: { identifier: 'MESH:D005334', type: 'Symptom', valid: true },
      text: 'fever',
      locations: [{ offset: 53, length: 5 }],
    });
    expect(Object.keys(annotations[1])).toEqual(['id', 'infons', 'text', 'locations']);
    expect(Object.keys(annotations[1].infons)).toEqual(['identifier', 'type', 'valid']);
    // "mice" at code point 62 of the text, the abstract placed at 38: offset 62.
    expect(annotations[2]).toEqual({
      id: 'n1',
      infons: { type: 'Species' },
      text: 'mice',
      locations: [{ offset: 62, length: 4 }],
    });
    // Everything else as it was.
    written.PubTator3[0].passages[1].annotations = PUBTATOR3.PubTator3[0]?.passages[1]?.annotations;
    expect(written).toEqual(PUBTATOR3);
  });

  it('reads a lone document with non-ASCII text counted in code points, and keeps its ASCII escapes', () => {
    const text = 'Naïve 😀 T cells and IL-2';
    const document = {
      id: 'd1',
      infons: {},
      passages: [
        {
          offset: 0,
          infons: {},
          text,
          annotations: [
            {
              id: 'a',
              infons: { type: 'Cell' },
              text: 'T cells',
              locations: [{ offset: 8, length: 7 }],
            },
            {
              id: 'b',
              infons: { type: 'Gene' },
              text: 'IL-2',
              locations: [{ offset: 20, length: 4 }],
            },
          ],
          relations: [],
        },
      ],
      relations: [],
    };
    const content = `${JSON.stringify(document, null, 4).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
    const bundle = readBioc([{ path: 'd1.json', content }]);
    expect(bundle.documents[0]?.text).toBe(text);
    expect(bundle.documents.flatMap(covered)).toEqual(['T cells', 'IL-2']);
    expect(bundle.warnings).toEqual([]);
    expect(writeBioc(bundle).files[0]?.content).toBe(content);
  });

  it("reads JSON Lines of documents (the bioc package's iterwriter) and writes them back a line each", () => {
    const doc = (id: string, text: string, mention: string) => ({
      bioctype: 'BioCDocument',
      id,
      infons: {},
      passages: [
        {
          bioctype: 'BioCPassage',
          offset: 0,
          infons: {},
          text,
          sentences: [],
          annotations: [
            {
              id: 'T1',
              infons: { type: 'Gene' },
              text: mention,
              locations: [{ offset: text.indexOf(mention), length: mention.length }],
            },
          ],
          relations: [],
        },
      ],
      annotations: [],
      relations: [],
    });
    const content = `${pythonJson(doc('1', 'BRCA1 binds', 'BRCA1'))}\n${pythonJson(doc('2', 'and TP53', 'TP53'))}\n`;
    const bundle = readBioc([{ path: 'docs.jsonl', content }]);
    expect(bundle.documents.map((d) => [d.name, ...covered(d)])).toEqual([
      ['1', 'BRCA1'],
      ['2', 'TP53'],
    ]);
    const [out] = writeBioc(bundle).files;
    expect(out?.path).toBe('docs.jsonl');
    expect(out?.content).toBe(content);
  });

  it('refuses bad BioC JSON with file, line and reason', () => {
    const pretty = (value: unknown) => JSON.stringify(value, null, 2);
    const passage = (annotations: unknown) => ({
      offset: 0,
      infons: {},
      text: 'Aspirin',
      annotations,
    });
    const reasons = (name: string, content: string) =>
      errorsOf(() => readBioc([{ path: name, content }])).map(
        (e) => `${e.file}:${e.line}: ${e.reason}`,
      );
    expect(
      reasons('a.json', '{\n  "id": "1",\n  "passages": [\n    {"offset": 0,}\n  ]\n}'),
    ).toEqual([expect.stringMatching(/^a\.json:4: not valid JSON/)]);
    expect(reasons('b.json', pretty({ id: '1', passages: [passage({ id: 'x' })] }))).toEqual([
      expect.stringMatching(
        /^b\.json:8: passages\[0\]\.annotations is an object; BioC JSON gives "annotations" as a list/,
      ),
    ]);
    expect(reasons('c.json', pretty({ id: '1', passages: [passage(['Aspirin'])] }))).toEqual([
      expect.stringMatching(
        /^c\.json:9: passages\[0\]\.annotations\[0\] is a string, not a BioC annotation object/,
      ),
    ]);
    const misplaced = passage([
      { id: 'a', infons: { type: 'Drug' }, text: 'Aspirin', locations: [{ offset: 3, length: 7 }] },
    ]);
    expect(reasons('d.json', pretty({ id: '1', passages: [misplaced] }))).toEqual([
      expect.stringMatching(
        /^d\.json:9: annotation a \(passages\[0\]\.annotations\[0\]\) location 3\+7 falls outside the document's passages/,
      ),
    ]);
    expect(reasons('e.json', pretty({ source: 'x', documents: 'none' }))).toEqual([
      expect.stringMatching(
        /^e\.json:3: documents is a string; BioC JSON gives "documents" as a list/,
      ),
    ]);
    expect(reasons('f.json', pretty({ source: 'x', date: '', key: '' }))).toEqual([
      expect.stringMatching(/^f\.json:1: holds no BioC document/),
    ]);
  });

  it('warns of annotations kept under a key BioC does not name, rather than importing none silently', () => {
    const document = {
      id: '1',
      infons: {},
      passages: [
        {
          offset: 0,
          infons: {},
          text: 'Aspirin',
          denotations: [
            {
              id: 'a',
              infons: { type: 'Drug' },
              text: 'Aspirin',
              locations: [{ offset: 0, length: 7 }],
            },
          ],
        },
      ],
    };
    const bundle = readBioc([{ path: 'a.json', content: JSON.stringify(document) }]);
    expect(bundle.documents[0]?.spans).toEqual([]);
    expect(bundle.warnings).toEqual([
      expect.stringMatching(/^a\.json: document 1: "denotations" holds 1 object with "locations"/),
    ]);
  });
});
