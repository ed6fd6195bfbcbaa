import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBioc, writeBioc } from '../../../../src/shared/formats';
import { errorsOf } from '../build';

/** Real BioC files (tests/fixtures/bioc/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/bioc');

function fixture(name: string): { path: string; content: string } {
  return { path: name, content: readFileSync(join(FIXTURES, name), 'utf8') };
}

/** A file read and written back: its documents and the one file written. */
function roundTrip(path: string, content: string) {
  const bundle = readBioc([{ path, content }]);
  const files = writeBioc(bundle).files;
  return { bundle, files, content: files[0]?.content };
}

function reasons(path: string, content: string): string[] {
  return errorsOf(() => readBioc([{ path, content }])).map(
    (e) => `${e.file}:${e.line}: ${e.reason}`,
  );
}

/** everything.json (the bioc package's test file) as a value. */
function everything(): unknown {
  return JSON.parse(fixture('everything.json').content);
}

describe('BioC JSON as NCBI writes it', () => {
  it("reads the PMC BioC API's answer, a list of collections, and writes each collection back in the list", () => {
    const pmc = fixture('PMC9832585.pmc-api.json');
    // Known answers from the file: two collections of one document each, three passages at 0, 163, 1973.
    const source: { documents: { passages: { offset: number; text: string }[] }[] }[] = JSON.parse(
      pmc.content,
    );
    const { bundle, files, content } = roundTrip(pmc.path, pmc.content);
    expect(bundle.documents).toHaveLength(2);
    const passages = source[1]?.documents[0]?.passages ?? [];
    expect(passages.map((p) => p.offset)).toEqual([0, 163, 1973]);
    const text = bundle.documents[1]?.text ?? '';
    for (const p of passages) expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
    expect(files.map((f) => f.path)).toEqual([pmc.path]);
    expect(content).toBe(pmc.content);
  });

  it('writes a PubTator 3 document back byte for byte, its short lists on one line as the file had them', () => {
    const pubtator = fixture('pubtator3-38309274.json');
    const source: { passages: { annotations: { text: string }[] }[] } = JSON.parse(
      pubtator.content,
    );
    const { bundle, content } = roundTrip(pubtator.path, pubtator.content);
    const [doc] = bundle.documents;
    // Known answers: each annotation's own text in the file, in file order.
    const texts = source.passages.flatMap((p) => p.annotations.map((a) => a.text));
    expect(texts).toHaveLength(15);
    const chars = Array.from(doc?.text ?? '');
    expect(
      doc?.spans.map((s) => s.fragments.map((f) => chars.slice(f.start, f.end).join('')).join(' ')),
    ).toEqual(texts);
    expect(pubtator.content).toContain('"normalized": [64332],');
    expect(content).toBe(pubtator.content);
  });

  it('keeps a byte-order mark before the JSON', () => {
    const json = fixture('everything.json');
    const { bundle, content } = roundTrip(json.path, `\uFEFF${json.content}`);
    expect(bundle.documents.flatMap((d) => d.spans)).toHaveLength(5);
    expect(content).toBe(`\uFEFF${json.content}`);
  });

  it('reads JSON Lines of collections and writes each back on its line with its own keys', () => {
    const [a, b] = [everything(), { ...Object(everything()), source: 'second' }];
    const content = `${JSON.stringify(a)}\n${JSON.stringify(b)}\n`;
    const { bundle, content: written } = roundTrip('two.jsonl', content);
    // everything.json: five annotations in each collection.
    expect(bundle.documents.map((d) => d.spans.length)).toEqual([3, 2, 3, 2]);
    expect(written).toBe(content);
  });

  it('writes numbers back as the file wrote them: 0.0, 1e3 and ids past 2^53', () => {
    const json = fixture('everything.json').content;
    const content = json
      .replace('"offset": 0,', '"offset": 0.0,')
      .replace(
        '"collection-infon-key": "collection-infon-value"',
        '"collection-infon-key": 12345678901234567890123,\n    "score": [\n      1.0,\n      1e3\n    ]',
      );
    expect(content).not.toBe(json);
    const { bundle, content: written } = roundTrip('numbers.json', content);
    expect(bundle.documents.flatMap((d) => d.spans)).toHaveLength(5);
    expect(written).toBe(content);
  });

  it('refuses an offset that is not a whole number from 0, naming its path and line in JSON words', () => {
    const json = fixture('everything.json').content;
    expect(reasons('half.json', json.replace('"offset": 0,', '"offset": 1.5,'))).toEqual([
      'half.json:15: documents[0].passages[0].offset is 1.5; BioC JSON gives "offset" as a whole number from 0 (characters into the document): fix it',
    ]);
    const huge = json.replace('"length": 2', '"length": 90071992547409930');
    expect(reasons('huge.json', huge)).toEqual([
      expect.stringMatching(
        /^huge\.json:\d+: documents\[0\]\.passages\[0\]\.annotations\[0\]\.locations\[0\]\.length is 90071992547409930;/,
      ),
    ]);
  });

  it('speaks of JSON keys, not XML elements, in its messages about a BioC JSON file', () => {
    const doc = (annotation: unknown) =>
      JSON.stringify(
        { id: '1', passages: [{ offset: 0, text: 'Aspirin', annotations: [annotation] }] },
        null,
        2,
      );
    const unlabelled = {
      id: 'a',
      infons: {},
      text: 'Aspirin',
      locations: [{ offset: 0, length: 7 }],
    };
    expect(reasons('label.json', doc(unlabelled))).toEqual([
      'label.json:8: annotation a (passages[0].annotations[0]) has no infon to label it; BioC labels an annotation with "infons": {"type": …}',
    ]);
    const pointless = { id: 'b', infons: { type: 'Drug' }, text: 'Aspirin', locations: [] };
    const other = { id: 'c', infons: { type: 'Drug' }, locations: [{ offset: 0, length: 7 }] };
    const both = JSON.stringify({
      id: '1',
      passages: [{ offset: 0, text: 'Aspirin', annotations: [pointless, other] }],
    });
    const warnings = readBioc([{ path: 'w.json', content: both }]).warnings.join('\n');
    expect(warnings).toContain(
      '(annotation b (passages[0].annotations[0]), line 1, has no "locations")',
    );
    expect(warnings).not.toMatch(/<\w+>/);
  });
});
