import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFormat, readBioc, writeBioc } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument, FormatSpan } from '../../../../src/shared/formats';
import { codePoints } from '../../../../src/shared/spans';

/** Real BioC files and NCBI's BioC.dtd (tests/fixtures/bioc/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/bioc');

function fixture(name: string): { path: string; content: string } {
  return { path: name, content: readFileSync(join(FIXTURES, name), 'utf8') };
}

function span(id: string, label: string, start: number, end: number): FormatSpan {
  return { id, label, fragments: [{ start: codePoints(start), end: codePoints(end) }] };
}

function withDocument(
  bundle: FormatBundle,
  index: number,
  edit: (doc: FormatDocument) => FormatDocument,
): FormatBundle {
  return { ...bundle, documents: bundle.documents.map((d, i) => (i === index ? edit(d) : d)) };
}

/** The tags of an XML text in order, quotes and the space before `/>` made alike. */
function tags(xml: string): string[] {
  return [...xml.matchAll(/<\/?[a-z]+(?:\s[^>]*?)?\s*\/?>/g)].map((m) =>
    m[0].replaceAll("'", '"').replace(/\s+\/>$/, '/>'),
  );
}

/** An element's children names, space-separated, checked against one DTD content model as a regular expression. */
function contentModels(dtd: string): Map<string, RegExp> {
  const models = new Map<string, RegExp>();
  for (const [, name = '', model = ''] of dtd.matchAll(/<!ELEMENT\s+(\w+)\s+(.+?)\s*>/g)) {
    const tokens = model.match(/[\w#]+|[()|*+?]/g) ?? [];
    const source = tokens.map((t) => (/^\w+$/.test(t) ? `(?:${t} )` : t)).join('');
    models.set(
      name,
      model === 'EMPTY' || model.includes('#PCDATA') ? /^$/ : new RegExp(`^${source}$`),
    );
  }
  return models;
}

/** Every element of `xml` whose children break its DTD model, with the children it has. */
function dtdViolations(xml: string, models: Map<string, RegExp>): string[] {
  const stack: { name: string; children: string[] }[] = [];
  const bad: string[] = [];
  for (const [tag, close, name = ''] of xml.matchAll(/<(\/?)([a-z]+)[^>]*?>/g)) {
    if (close) {
      const open = stack.pop();
      const seq = (open?.children ?? []).map((c) => `${c} `).join('');
      if (open && !models.get(open.name)?.test(seq)) bad.push(`${open.name}: ${seq}`);
      continue;
    }
    stack.at(-1)?.children.push(name);
    if (!tag.endsWith('/>')) stack.push({ name, children: [] });
  }
  return bad;
}

describe('writeBioc', () => {
  it("writes the bioc package's everything.xml back byte for byte", () => {
    const file = fixture('everything.xml');
    const written = writeBioc(readBioc([file]));
    expect(written.files.map((f) => f.path)).toEqual(['everything.xml']);
    expect(written.files[0]?.content).toBe(file.content);
  });

  it('writes an empty element back as the file wrote it: <key></key> stays so, <date/> too', () => {
    const file = fixture('everything.xml');
    const content = file.content
      .replace('<date>date</date>', '<date/>')
      .replace('<key>key</key>', '<key></key>')
      .replace('collection-infon-value</infon>', '</infon>');
    expect(content).toContain('<key></key>');
    const written = writeBioc(readBioc([{ ...file, content }]));
    expect(written.files[0]?.content).toBe(content);
  });

  it('writes the BC5CDR excerpt back with the same elements in the same order and reads back the same', () => {
    const file = fixture('CDR_sample.BioC.xml');
    const bundle = readBioc([file]);
    const content = writeBioc(bundle).files[0]?.content ?? '';
    expect(tags(content)).toEqual(tags(file.content));
    // Its 11 relations name concept IDs, not annotations: kept, written back here, counted by other exports.
    expect(writeBioc(bundle).summary.notExpressed).toEqual({});
    expect(getFormat('spans-jsonl').write?.(bundle).summary.notExpressed).toMatchObject({
      'relation kept from a BioC file': (file.content.match(/<relation /g) ?? []).length,
    });
    const again = readBioc([{ path: file.path, content }]);
    expect(again.documents.map((d) => [d.text, d.spans])).toEqual(
      bundle.documents.map((d) => [d.text, d.spans]),
    );
  });

  it("keeps each passage's text once: the kept layout holds its place in the document's text, not its words", () => {
    const file = fixture('CDR_sample.BioC.xml');
    const bundle = readBioc([file]);
    for (const doc of bundle.documents) {
      const kept = JSON.stringify(doc.metadata);
      // every passage's text (title and abstract) is in the document's text and not in what it keeps
      const passages = [...doc.text.split('\n')].filter((p) => p.length > 20);
      expect(passages.length).toBeGreaterThan(1);
      for (const passage of passages) expect(kept).not.toContain(passage.slice(0, 40));
    }
    // and the words come back from the document's text when it is written
    expect(tags(writeBioc(bundle).files[0]?.content ?? '')).toEqual(tags(file.content));
  });

  it('leaves out of a relation kept as written its node naming a deleted annotation, and the relation when no node is left, and says so', () => {
    const deleteSpan3 = (bundle: FormatBundle) =>
      withDocument(bundle, 1, (doc) => ({ ...doc, spans: doc.spans.filter((s) => s.id !== '3') }));
    // everything.xml: R3 (one node, refid 3) is kept as written; annotation 3 is span 3 of document 2.
    const xml = fixture('everything.xml');
    const alone = writeBioc(deleteSpan3(readBioc([xml])));
    const content = alone.files[0]?.content ?? '';
    expect(content).not.toContain('<relation id="R3">');
    expect(content).not.toContain('refid="3"');
    expect(alone.summary.notExpressed).toEqual({
      'node of a relation kept from a BioC file naming a deleted annotation (left out)': 1,
      'relation kept from a BioC file whose every node named a deleted annotation (left out)': 1,
    });
    const twoNodes = xml.content.replace(
      '<node refid="3" role="role1"/>',
      '<node refid="3" role="role1"/><node refid="elsewhere" role="role2"/>',
    );
    const kept = writeBioc(deleteSpan3(readBioc([{ ...xml, content: twoNodes }])));
    expect(kept.files[0]?.content).toMatch(
      /<relation id="R3">\s*<infon key="relation-infon-key">relation-infon-value<\/infon>\s*<node refid="elsewhere" role="role2"\/>\s*<\/relation>/,
    );
    expect(kept.summary.notExpressed).toEqual({
      'node of a relation kept from a BioC file naming a deleted annotation (left out)': 1,
    });
    const json = writeBioc(deleteSpan3(readBioc([fixture('everything.json')])));
    expect(JSON.stringify(JSON.parse(json.files[0]?.content ?? ''))).not.toContain('"R3"');
    expect(json.summary.notExpressed).toEqual(alone.summary.notExpressed);
  });

  it('writes a changed span anew under the label infon it was read from, leaves a deleted one out and adds a new one to its passage', () => {
    const bundle = withDocument(readBioc([fixture('everything.xml')]), 0, (doc) => ({
      ...doc,
      spans: [
        ...doc.spans
          .filter((s) => s.id !== '2')
          .map((s) => (s.id === '1' ? { ...s, label: 'Gene' } : s)),
        { ...span('s9', 'Chemical', 10, 13), attributes: { MESH: 'D001241' } },
      ],
      relations: [{ id: 'R9', type: 'binds', from: '1', to: 's9', fromRole: 'agent' }],
    }));
    const content = writeBioc(bundle).files[0]?.content ?? '';
    expect(content).not.toContain('<text>fg</text>\n      </annotation>\n      <relation');
    expect(content).toContain('<infon key="annotation-infon-key">Gene</infon>');
    expect(content).toContain(
      '<annotation id="s9">\n<infon key="type">Chemical</infon>\n<infon key="MESH">D001241</infon>\n<location offset="10" length="3"/>\n<text>klm</text>\n</annotation>'
        .replaceAll('\n', '\n        ')
        .replace(/\n {8}<\/annotation>$/, '\n      </annotation>'),
    );
    expect(content).toMatch(
      /<relation id="R9">\s*<infon key="type">binds<\/infon>\s*<node refid="1" role="agent"\/>\s*<node refid="s9" role=""\/>\s*<\/relation>/,
    );
    expect(content).not.toContain('<relation id="R1">');
    const again = readBioc([{ path: 'everything.xml', content }]).documents[0];
    expect(again?.spans.map((s) => [s.id, s.label])).toEqual([
      ['5', 'annotation-infon-value'],
      ['1', 'Gene'],
      ['s9', 'Chemical'],
    ]);
  });

  it('writes a file laid out on one line back on one line (the root followed at once by its first child)', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<collection><source/><date/><key/><document><id>d</id><passage><offset>0</offset><text>Aspirin helps.</text><annotation id="T1"><infon key="type">Chemical</infon><location offset="0" length="7"/><text>Aspirin</text></annotation></passage></document></collection>\n`;
    expect(writeBioc(readBioc([{ path: 'c.xml', content: xml }])).files[0]?.content).toBe(xml);
    const bare = xml.replace(/^.*\n/, '').trimEnd();
    expect(writeBioc(readBioc([{ path: 'c.xml', content: bare }])).files[0]?.content).toBe(bare);
  });

  it('keeps annotations without a place in the text (no location, or length 0), says so, and writes them back as they were', () => {
    // BioC.dtd allows both: <!ELEMENT annotation ( id?, infon*, location*, text? )>.
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<collection><source/><date/><key/><document><id>d</id>
<annotation id="D1"><infon key="type">Topic</infon><text>whole document</text></annotation>
<passage><offset>0</offset><text>Aspirin helps.</text>
<annotation id="T1"><infon key="type">Chemical</infon><location offset="0" length="7"/><text>Aspirin</text></annotation>
<annotation id="T2"><infon key="type">Cue</infon><location offset="7" length="0"/><text/></annotation>
<relation id="R1"><infon key="type">about</infon><node refid="T1" role="a"/><node refid="D1" role="b"/></relation>
</passage></document></collection>
`;
    const bundle = readBioc([{ path: 'points.xml', content: xml }]);
    const [doc] = bundle.documents;
    expect(doc?.spans.map((s) => [s.id, s.label])).toEqual([['T1', 'Chemical']]);
    expect(bundle.warnings).toContainEqual(
      expect.stringContaining(
        'points.xml: document d: 2 annotations without a place in the text (annotation D1, line 3, has no <location>, and others) kept as written',
      ),
    );
    expect(writeBioc(bundle).files[0]?.content).toBe(xml);
    // Deleting the span that has a place leaves the others as they were.
    const edited = withDocument(bundle, 0, (d) => ({ ...d, spans: [], relations: [] }));
    const content = writeBioc(edited).files[0]?.content ?? '';
    expect(content).not.toContain('<annotation id="T1"');
    expect(content).toContain('<annotation id="D1"><infon key="type">Topic</infon>');
    expect(content).toContain('<location offset="7" length="0"/>');
  });

  it('writes a new span in the unit the file counted (UTF-8 bytes)', () => {
    const xml = `<collection><source/><date/><key/><document><id>d</id><passage><offset>0</offset><text>测试 Non-ASCII</text><annotation id="1"><infon key="type">W</infon><location offset="7" length="3"/><text>Non</text></annotation></passage></document></collection>`;
    const bundle = withDocument(readBioc([{ path: 'b.xml', content: xml }]), 0, (doc) => ({
      ...doc,
      spans: [...doc.spans, span('2', 'W', 7, 12)], // "ASCII": code points 7–12, bytes 11–16
    }));
    const content = writeBioc(bundle).files[0]?.content ?? '';
    expect(content).toContain('<location offset="11" length="5"/>');
  });

  it("writes a document made in Loupe as one passage, in the element order of NCBI's BioC.dtd", () => {
    const doc: FormatDocument = {
      name: 'report-1',
      text: 'Aspirin & ibuprofen <3\r\n',
      spans: [
        span('T1', 'Chemical', 0, 7),
        { ...span('T2', 'Chemical', 10, 19), attributes: { MESH: 'D007052' } },
        {
          id: 'T3',
          label: 'Pair',
          fragments: [
            { start: codePoints(0), end: codePoints(7) },
            { start: codePoints(10), end: codePoints(19) },
          ],
        },
      ],
      relations: [{ id: 'R1', type: 'with', from: 'T1', to: 'T2' }],
      stances: [],
      entities: [],
      documentLabels: { topic: 'drugs' },
    };
    const written = writeBioc({ documents: [doc], entities: [], labels: [], warnings: [] });
    const content = written.files[0]?.content ?? '';
    expect(written.files[0]?.path).toBe('collection.xml');
    const models = contentModels(fixture('BioC.dtd').content);
    expect(dtdViolations(content, models)).toEqual([]);
    // The check can fail: the bioc package's file puts an annotation on a document, which this DTD does not allow.
    expect(dtdViolations(fixture('everything.xml').content, models)).toEqual([
      'document: id infon passage annotation relation ',
    ]);
    expect(content).toContain('<text>Aspirin &amp; ibuprofen &lt;3&#13;\n</text>');
    expect(content).toContain(
      '<location offset="0" length="7"/>\n        <location offset="10" length="9"/>\n        <text>Aspirin ibuprofen</text>',
    );
    expect(written.summary.notExpressed).toEqual({ 'document label': 1 });
    const typed = {
      ...doc,
      text: 'a\u0001b',
      spans: [{ ...span('T1', 'X', 0, 1), attributes: { score: 0.5 } }],
      relations: [],
      documentLabels: {},
    };
    expect(
      writeBioc({ documents: [typed], entities: [], labels: [], warnings: [] }).summary
        .notExpressed,
    ).toEqual({
      'character XML 1.0 cannot hold written as U+FFFD': 1,
      'number or true/false attribute written as text': 1,
    });
    const again = readBioc([{ path: 'collection.xml', content }]).documents[0];
    expect(again?.text).toBe(doc.text);
    expect(again?.spans.map((s) => [s.id, s.label, s.fragments.length])).toEqual([
      ['T1', 'Chemical', 1],
      ['T2', 'Chemical', 1],
      ['T3', 'Pair', 2],
    ]);
    expect(again?.relations.map((r) => [r.type, r.from, r.to])).toEqual([['with', 'T1', 'T2']]);
  });
});

describe('writeBioc: the relations written, counted', () => {
  it('counts the relations of two nodes written, not the relation of one node kept as written', () => {
    // everything.xml: R1 and R2 join annotations 1 and 2; R3 has one node (kept, not read as a relation).
    const read = readBioc([fixture('everything.xml')]);
    const written = writeBioc(read);
    expect(written.files[0]?.content).toBe(fixture('everything.xml').content);
    expect(written.summary.relations).toBe(2);
  });

  it('counts the relations of a document made in Loupe', () => {
    const written = writeBioc({
      documents: [
        {
          name: 'd',
          text: 'Bob met Al.',
          spans: [span('a', 'PER', 0, 3), span('b', 'PER', 8, 10)],
          relations: [
            { type: 'met', from: 'a', to: 'b' },
            { type: 'knows', from: 'b', to: 'a' },
          ],
          stances: [],
          entities: [],
          documentLabels: {},
        },
      ],
      entities: [],
      labels: ['PER'],
      warnings: [],
    });
    expect(written.files[0]?.content.match(/<relation /g)).toHaveLength(2);
    expect(written.summary).toMatchObject({ relations: 2, notExpressed: {} });
  });
});

describe('writeBioc: relations sharing an id', () => {
  const doc = (relations: FormatDocument['relations']): FormatDocument => ({
    name: 'd',
    text: 'Bob met Al.',
    spans: [span('a', 'PER', 0, 3), span('b', 'PER', 8, 10)],
    relations,
    stances: [],
    entities: [],
    documentLabels: {},
  });
  const ids = (xml: string) => [...xml.matchAll(/<relation id="([^"]*)"/g)].map((m) => m[1]);

  it('writes each of two relations of one id, and one without an id whose r-number is taken, under ids of their own', () => {
    const written = writeBioc({
      documents: [
        doc([
          { id: 'R1', type: 'met', from: 'a', to: 'b' },
          { id: 'R1', type: 'knows', from: 'b', to: 'a' },
          { id: 'r4', type: 'likes', from: 'a', to: 'b' },
          { type: 'sees', from: 'b', to: 'a' }, // fourth: r4 when it has no id
        ]),
      ],
      entities: [],
      labels: ['PER'],
      warnings: [],
    });
    const content = written.files[0]?.content ?? '';
    const written4 = ids(content);
    expect(written4).toHaveLength(4);
    expect(new Set(written4).size).toBe(4);
    expect(written4).toContain('R1');
    expect(written4).toContain('r4');
    expect(written.summary.relations).toBe(4);
    const again = readBioc([{ path: 'collection.xml', content }]).documents[0];
    expect(again?.relations.map((r) => r.type)).toEqual(['met', 'knows', 'likes', 'sees']);
  });

  it('reads a relation without an id after <relation id="r2"> under an id of its own, and writes both back, as they were or as edited', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<collection><source/><date/><key/><document><id>d</id>
<passage><offset>0</offset><text>Bob met Al.</text>
<annotation id="a2"><infon key="type">PER</infon><location offset="0" length="3"/><text>Bob</text></annotation>
<annotation><infon key="type">PER</infon><location offset="8" length="2"/><text>Al</text></annotation>
<relation id="r2"><infon key="type">met</infon><node refid="a2" role="x"/><node refid="a2" role="y"/></relation>
<relation><infon key="type">knows</infon><node refid="a2" role="x"/><node refid="a2" role="y"/></relation>
<relation id="R1"><infon key="type">likes</infon><node refid="a2" role="x"/><node refid="a2" role="y"/></relation>
<relation id="R1"><infon key="type">sees</infon><node refid="a2" role="x"/><node refid="a2" role="y"/></relation>
</passage></document></collection>
`;
    const bundle = readBioc([{ path: 'same.xml', content: xml }]);
    const [read] = bundle.documents;
    expect(read?.spans.map((s) => s.id)).toHaveLength(2);
    expect(new Set(read?.spans.map((s) => s.id)).size).toBe(2);
    const relationIds = read?.relations.map((r) => r.id) ?? [];
    expect(relationIds).toHaveLength(4);
    expect(new Set(relationIds).size).toBe(4);
    const unedited = writeBioc(bundle);
    expect(unedited.files[0]?.content).toBe(xml);
    expect(unedited.summary.relations).toBe(4);
    const edited = writeBioc(
      withDocument(bundle, 0, (d) => ({
        ...d,
        relations: d.relations.map((r) => ({ ...r, type: `${r.type}!` })),
      })),
    );
    const content = edited.files[0]?.content ?? '';
    expect(edited.summary.relations).toBe(4);
    expect(new Set(ids(content)).size).toBe(4);
    expect(
      readBioc([{ path: 'same.xml', content }]).documents[0]?.relations.map((r) => r.type),
    ).toEqual(['met!', 'knows!', 'likes!', 'sees!']);
  });
});
