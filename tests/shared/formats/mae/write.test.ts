import { describe, expect, it } from 'vitest';
import { readMae, writeDoccano, writeMae } from '../../../../src/shared/formats';
import { bundle, discontinuous, doc, file, relation, span } from '../build';
import { JABBERWOCKY, JABBERWOCKY_OLD, MILLER } from './jabberwocky';

const roundTrip = (content: string) => {
  const read = readMae([file('poem.xml', content)]);
  const written = writeMae(read);
  return { read, written, content: written.files[0]?.content };
};

describe('writeMae', () => {
  it.each([
    ['MAE 1 (discontiguous spans, a kept text, a four-argument link)', JABBERWOCKY],
    ['MAE 0.x (start and end)', JABBERWOCKY_OLD],
    ['MAE 2 (non-consuming tags, named arguments, padded bare tags)', MILLER],
  ])('writes a %s file back byte for byte, without a warning', (_, content) => {
    const trip = roundTrip(content);
    expect(trip.read.warnings.filter((w) => w.includes('otherwise'))).toEqual([]);
    expect(trip.content).toBe(content);
    expect(trip.written.files.map((f) => f.path)).toEqual(['poem.xml']);
    expect(trip.written.summary.notExpressed).toEqual({});
  });

  it('writes Loupe spans in UTF-16 offsets with MAE 2 layout, and reads them back the same', () => {
    const text = 'Ana 😀 met Bo\nin Rome.';
    const source = bundle(
      doc(text, {
        name: 'meet',
        spans: [
          span(0, 3, 'PER', { id: 's_1', attributes: { age: 3, main: true } }),
          span(10, 12, 'PER', { id: 's_2' }),
          { ...discontinuous('EVENT', [6, 9], [16, 20]), id: 's_3' },
        ],
        relations: [relation('MET', 's_1', 's_2', { id: 'r_1', attributes: { when: 'then' } })],
      }),
    );
    const written = writeMae(source);
    expect(written.files[0]?.content).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '',
        '<LoupeTask>',
        `<TEXT><![CDATA[${text}]]></TEXT>`,
        '<TAGS>',
        '<PER id="s_1" spans="0~3" text="Ana" age="3" main="true" />',
        '<PER id="s_2" spans="11~13" text="Bo"  />',
        '<EVENT id="s_3" spans="7~10,17~21" text="met ... Rome"  />',
        '<MET id="r_1" fromID="s_1" fromText="Ana" toID="s_2" toText="Bo" when="then" />',
        '</TAGS>',
        '</LoupeTask>',
      ].join('\n'),
    );
    expect(written.summary).toMatchObject({ documents: 1, spans: 3, notExpressed: {} });
    const back = readMae(written.files.map((f) => file(f.path, f.content))).documents[0];
    expect(back?.spans.map((s) => s.fragments)).toEqual(
      source.documents[0]?.spans.map((s) => s.fragments),
    );
    expect(back?.relations[0]).toMatchObject({ from: 's_1', to: 's_2', type: 'MET' });
  });

  it('keeps the tag order of the file and writes spans added since the import after it', () => {
    const read = readMae([file('poem.xml', MILLER)]);
    const [first] = read.documents;
    if (!first) throw new Error('no document');
    const edited = {
      ...first,
      spans: [...first.spans.filter((s) => s.id !== 'N1'), span(18, 21, 'NOUN', { id: 'N9' })],
    };
    const content = writeMae({ ...read, documents: [edited] }).files[0]?.content ?? '';
    expect(content).not.toContain('id="N1"');
    expect(content).toContain(
      'predicateText="wants" />\n<NOUN id="N9" spans="18~21" text="the"  />\n</TAGS>',
    );
  });

  it('escapes attribute values and text, and counts what MAE cannot hold', () => {
    const written = writeMae(
      bundle(
        doc('a]]>b & "c"', {
          spans: [
            span(6, 11, 'Q', { id: 'q', attributes: { note: 'x<y\n"z"' }, note: 'n' }),
            span(0, 1, 'not a name', { id: 'b' }),
          ],
          documentLabels: { topic: 'x' },
        }),
      ),
    );
    expect(written.files[0]?.content).toContain(
      '<TEXT><![CDATA[a]]]]><![CDATA[>b & "c"]]></TEXT>\n<TAGS>\n<Q id="q" spans="6~11" text="&amp; &quot;c&quot;" note="x&lt;y&#10;&quot;z&quot;" />\n</TAGS>',
    );
    expect(written.summary.notExpressed).toEqual({
      'label that is not an XML name': 1,
      'span note': 1,
      'document label': 1,
    });
    const back = readMae(written.files.map((f) => file(f.path, f.content))).documents[0];
    expect(back?.text).toBe('a]]>b & "c"');
    expect(back?.spans[0]?.attributes).toEqual({ note: 'x<y\n"z"' });
  });

  it('leaves its kept layout out of other formats, counting the kept tags', () => {
    const read = readMae([file('poem.xml', MILLER)]);
    const doccano = writeDoccano(read);
    expect(doccano.files[0]?.content).not.toContain('NounVerbTask');
    // MILLER keeps 5 tags, one of them (MOOD_DECL) the document's label.
    expect(doccano.summary.notExpressed).toMatchObject({
      'tag kept from a MAE file': 4,
      'document label other than a category': 1,
    });
  });

  it('writes document labels named after the task as document-level tags, counting the others', () => {
    const written = writeMae(
      bundle(
        doc('Bob left.', {
          spans: [span(0, 3, 'PER', { id: 'T0' })],
          documentLabels: { LoupeTask: 'URGENT', 'LoupeTask 2': 'not a name', source: 'wire' },
        }),
      ),
    );
    expect(written.files[0]?.content).toContain(
      '<PER id="T0" spans="0~3" text="Bob"  />\n<URGENT id="U0" spans="-1~-1" text=""  />\n</TAGS>',
    );
    expect(written.summary.notExpressed).toEqual({
      'document label': 1,
      'document label that is not an XML name': 1,
    });
  });
});

describe('writeMae: the relations written, counted', () => {
  it('counts the links written, not one to something not written nor one of a type no XML name', () => {
    const written = writeMae(
      bundle(
        doc('Ana met Bo in Rome.', {
          name: 'meet',
          spans: [
            span(0, 3, 'PER', { id: 's_1' }),
            span(8, 10, 'PER', { id: 's_2' }),
            span(14, 18, 'GPE', { id: 's_3' }),
          ],
          relations: [
            relation('MET', 's_1', 's_2'),
            relation('IN', 's_2', 's_3'),
            relation('IN', 's_1', 'gone'),
            relation('NOT A NAME', 's_1', 's_3'),
          ],
        }),
      ),
    );
    expect(written.files[0]?.content.match(/<(MET|IN) /g)).toHaveLength(2);
    expect(written.summary).toMatchObject({
      relations: 2,
      notExpressed: {
        'relation to something not written': 1,
        'relation type that is not an XML name': 1,
      },
    });
  });

  it('counts the links of a MAE file written back byte for byte, not the four-argument one kept', () => {
    // JABBERWOCKY: three two-argument links (read as relations) and a four-argument one (kept).
    const trip = roundTrip(JABBERWOCKY);
    expect(trip.content).toBe(JABBERWOCKY);
    expect(trip.read.documents[0]?.relations).toHaveLength(3);
    expect(trip.written.summary.relations).toBe(3);
  });
});
