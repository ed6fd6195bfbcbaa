import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatErrors, readBioc } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';

/** Real BioC files (tests/fixtures/bioc/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/bioc');

function fixture(name: string): { path: string; content: string } {
  return { path: name, content: readFileSync(join(FIXTURES, name), 'utf8') };
}

/** The text a span covers, its fragments joined by a space. */
function covered(doc: FormatDocument, index: number): string {
  const chars = Array.from(doc.text);
  const span = doc.spans[index];
  return (span?.fragments ?? []).map((f) => chars.slice(f.start, f.end).join('')).join(' ');
}

/** Each annotation of a file as the file writes it: its line, locations and text (XML entities decoded). */
function annotationsIn(content: string): { line: number; offsets: number[]; text: string }[] {
  const found: { line: number; offsets: number[]; text: string }[] = [];
  const pattern = /<annotation\b[^>]*>([\s\S]*?)<\/annotation>/g;
  for (const match of content.matchAll(pattern)) {
    const body = match[1] ?? '';
    const offsets = [...body.matchAll(/offset=['"](\d+)['"]/g)].map((m) => Number(m[1]));
    const text = (/<text>([\s\S]*?)<\/text>/.exec(body)?.[1] ?? '').replaceAll('&apos;', "'");
    found.push({ line: content.slice(0, match.index).split('\n').length, offsets, text });
  }
  return found;
}

function errorsOf(files: { path: string; content: string }[]): string {
  try {
    readBioc(files);
  } catch (error) {
    if (error instanceof FormatErrors) return error.message;
    throw error;
  }
  return '';
}

describe('readBioc', () => {
  it("reads the bioc package's everything.xml: passages at their offsets, annotations on passages, sentences and the document", () => {
    const file = fixture('everything.xml');
    const bundle = readBioc([file]);
    expect(bundle.documents.map((d) => d.name)).toEqual(['1', '2']);
    const [one, two] = bundle.documents;
    expect(one?.text).toBe('abcdefghijklmnopqrstuvwxyz');
    // Document 2's passage starts at offset 27: the text before it is spaces, its two sentences follow each other.
    expect(two?.text).toBe(`${' '.repeat(27)}abcdefg测试Non-ASCII`);
    // Known answers: each annotation's <text> in the file, found at its offsets.
    const texts = annotationsIn(file.content).map((a) => a.text);
    const read = bundle.documents.flatMap((d) => d.spans.map((_, i) => covered(d, i)));
    expect(read.sort()).toEqual(texts.sort());
    expect(one?.spans.find((s) => s.id === '5')?.fragments).toEqual([{ start: 5, end: 7 }]);
    // Two relations of two nodes (R1 on the passage, R2 on the document); R3 has one node and is kept.
    expect(one?.relations.map((r) => [r.id, r.from, r.to, r.fromRole, r.toRole])).toEqual([
      ['R2', '1', '2', 'role1', 'role2'],
      ['R1', '1', '2', 'role1', 'role2'],
    ]);
    expect(two?.relations).toEqual([]);
    expect(bundle.warnings.join('\n')).toMatch(
      /labelled by their first infon \("annotation-infon-key"\)/,
    );
  });

  it('reads PubTator BioC from the BC5CDR corpus: title and abstract, type infons as labels, MESH as attributes', () => {
    const file = fixture('CDR_sample.BioC.xml');
    const bundle = readBioc([file]);
    expect(bundle.documents.map((d) => d.name)).toEqual(['26094', '2224762', '11587867']);
    const first = bundle.documents[0];
    expect(first?.title).toBe('Antihypertensive drugs and depression: a reappraisal.');
    expect(
      first?.text.startsWith('Antihypertensive drugs and depression: a reappraisal.\nEighty-nine'),
    ).toBe(true);
    expect(first?.spans[0]).toMatchObject({
      id: '0',
      label: 'Disease',
      attributes: { MESH: 'D003866' },
    });
    // 54 <annotation> elements in the file; its relations name concept IDs (no nodes) and are kept as written.
    expect(bundle.documents.reduce((n, d) => n + d.spans.length, 0)).toBe(54);
    expect(bundle.documents.every((d) => d.relations.length === 0)).toBe(true);
    // Said per document, with the count of <relation> elements each holds in the file (1, 7, 3).
    const kept = bundle.warnings.filter((w) => w.includes('not between two of its annotations'));
    expect(kept.map((w) => /document (\d+): (\d+) </.exec(w)?.slice(1))).toEqual([
      ['26094', '1'],
      ['2224762', '7'],
      ['11587867', '3'],
    ]);
  });

  it("reads 2224762, whose abstract's offset counts the title's &apos; as six characters, by its annotations", () => {
    const file = fixture('CDR_sample.BioC.xml');
    const bundle = readBioc([file]);
    const doc = bundle.documents[1];
    // Known answers from the file: every annotation's text at its offset (139 for the abstract's first).
    const wanted = annotationsIn(file.content).filter(
      (a) => a.text === "4'-0-tetrahydropyranyladriamycin",
    );
    expect(wanted.map((a) => a.offsets[0])).toEqual([19, 139]);
    const chars = Array.from(doc?.text ?? '');
    for (const a of wanted)
      expect(chars.slice(a.offsets[0], (a.offsets[0] ?? 0) + a.text.length).join('')).toBe(a.text);
    expect(bundle.warnings.join('\n')).toMatch(
      /document 2224762: its passages' <offset>s disagree/,
    );
  });

  it("warns, by line, of 11587867's composite mention whose second location is one character early, and reads it by its locations", () => {
    const file = fixture('CDR_sample.BioC.xml');
    // The annotation opens five lines above its second location (index from 0, lines from 1).
    const line =
      file.content
        .split('\n')
        .findIndex((l) => l.includes("<location offset='478' length='11' />")) - 4;
    const bundle = readBioc([file]);
    expect(bundle.warnings.join('\n')).toContain(
      `CDR_sample.BioC.xml:${line}: annotation 7: its <text> "opistothonus dysfunction" is not the text at its locations ("opistothonus  dysfunctio")`,
    );
  });

  it("reads offsets counted in UTF-8 bytes (what NCBI's BioC.dtd asks for) and in UTF-16 units, and says which", () => {
    // 测 and 试 are three UTF-8 bytes each, one UTF-16 unit each; 😀 is four bytes, two units.
    const xml = (offset: number) =>
      `<collection><source/><date/><key/><document><id>d</id><passage><offset>0</offset><text>测试😀 Non-ASCII</text><annotation id="1"><infon key="type">Word</infon><location offset="${offset}" length="3"/><text>Non</text></annotation></passage></document></collection>`;
    const bytes = readBioc([{ path: 'b.xml', content: xml(11) }]);
    expect(bytes.documents[0]?.spans[0]?.fragments).toEqual([{ start: 4, end: 7 }]);
    expect(bytes.warnings.join('\n')).toMatch(/offsets count UTF-8 bytes/);
    const units = readBioc([{ path: 'u.xml', content: xml(5) }]);
    expect(units.documents[0]?.spans[0]?.fragments).toEqual([{ start: 4, end: 7 }]);
    expect(units.warnings.join('\n')).toMatch(/offsets count UTF-16 units/);
    const chars = readBioc([{ path: 'c.xml', content: xml(4) }]);
    expect(chars.warnings).toEqual([]);
  });

  it('refuses bad input with file, line and reason', () => {
    const doc = (passages: string) =>
      `<collection><source/><date/><key/>\n<document><id>d</id>${passages}</document></collection>`;
    const overlapping = doc(
      '<passage><offset>0</offset><text>abcdef</text></passage>\n<passage><offset>3</offset><text>xyz</text></passage>',
    );
    expect(errorsOf([{ path: 'o.xml', content: overlapping }])).toMatch(
      /o\.xml:3: passage at offset 3 overlaps the one at 0 \(line 2\)/,
    );
    expect(errorsOf([{ path: 'n.xml', content: '<collection><document>' }])).toMatch(
      /n\.xml:1: not well-formed XML/,
    );
    expect(errorsOf([{ path: 'r.xml', content: '<corpus/>' }])).toMatch(
      /r\.xml:1: its root is <corpus>, not <collection>/,
    );
    expect(errorsOf([{ path: 'e.xml', content: '<collection><source/></collection>' }])).toMatch(
      /holds no <document>/,
    );
    const unlabelled = doc(
      '<passage><offset>0</offset><text>abc</text><annotation id="1"><location offset="0" length="1"/><text>a</text></annotation></passage>',
    );
    expect(errorsOf([{ path: 'l.xml', content: unlabelled }])).toMatch(
      /l\.xml:2: annotation 1 has no infon to label it/,
    );
    const wrong = doc(
      '<passage><offset>0</offset><text>abc</text><annotation id="1"><infon key="type">X</infon><location offset="1" length="1"/><text>a</text></annotation></passage>',
    );
    expect(errorsOf([{ path: 'w.xml', content: wrong }])).toMatch(
      /w\.xml:2: annotation 1: its <text> "a" is not the text at its locations \("b"\)/,
    );
    const outside = doc(
      '<passage><offset>0</offset><text>abc</text><annotation id="1"><infon key="type">X</infon><location offset="2" length="5"/><text>c</text></annotation></passage>',
    );
    expect(errorsOf([{ path: 'x.xml', content: outside }])).toMatch(
      /x\.xml:2: annotation 1 location 2\+5 falls outside/,
    );
  });

  it('never fetches the DTD and refuses an entity it would declare', () => {
    const content = `<?xml version="1.0"?>\n<!DOCTYPE collection SYSTEM "http://example.org/BioC.dtd">\n<collection><source>&ext;</source></collection>`;
    expect(errorsOf([{ path: 'd.xml', content }])).toMatch(/d\.xml:3: not well-formed XML/);
  });

  it('refuses annotations without their text, saying the text was left out of the file', () => {
    const content = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<collection><source>PubMed</source><date>20200101</date><key>BioC.key</key>',
      '<document><id>123</id>',
      '<passage><infon key="type">title</infon><offset>0</offset>',
      '<annotation id="1"><infon key="type">Gene</infon><location offset="5" length="4"/><text>BRCA</text></annotation>',
      '</passage></document></collection>',
    ].join('\n');
    expect(errorsOf([{ path: 'a.xml', content }])).toMatch(
      /a\.xml:3: document 123 has annotations but no text: its passages hold no <text>/,
    );
  });
});
