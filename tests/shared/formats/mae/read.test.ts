import { describe, expect, it } from 'vitest';
import { readMae, writeMae } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';
import { JABBERWOCKY, JABBERWOCKY_OLD, JABBERWOCKY_TEXT, MILLER } from './jabberwocky';

const read = (content: string, path = 'a.xml') => readMae([file(path, content)]);
const only = (content: string) => {
  const doc = read(content).documents[0];
  if (!doc) throw new Error('no document');
  return doc;
};
const mae = (text: string, ...tags: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" ?>\n\n<Task>\n<TEXT><![CDATA[${text}]]></TEXT>\n<TAGS>\n${tags.map((t) => `${t}\n`).join('')}</TAGS>\n</Task>`;

describe('readMae', () => {
  it('reads MAE 1 extent tags as spans at the offsets MAE wrote, discontiguous ones in fragments', () => {
    const doc = only(JABBERWOCKY);
    expect(doc.name).toBe('a');
    expect(doc.text).toBe(JABBERWOCKY_TEXT);
    const byId = new Map(doc.spans.map((s) => [s.id, s]));
    expect(byId.get('N0')).toEqual({
      id: 'N0',
      label: 'NOUN',
      fragments: [{ start: 1, end: 12 }],
      attributes: { type: 'thing', comment: '' },
    });
    expect(byId.get('N5')?.fragments).toEqual([
      { start: 184, end: 186 },
      { start: 187, end: 190 },
    ]);
    const v3 = byId.get('V3');
    expect(v3?.fragments.map((f) => JABBERWOCKY_TEXT.slice(f.start, f.end))).toEqual([
      'Jubjub',
      'shun',
    ]);
    expect(v3?.attributes).toEqual({ tense: '', aspect: 'perfect progressive' });
    expect(doc.spans).toHaveLength(10);
  });

  it('reads two-argument links as relations and keeps the four-argument one', () => {
    const bundle = read(JABBERWOCKY);
    const doc = bundle.documents[0];
    expect(doc?.relations).toEqual([
      {
        id: 'A0',
        type: 'ACTION',
        from: 'V1',
        to: 'N3',
        attributes: { relationship: 'performed_by' },
      },
      { id: 'A1', type: 'ACTION', from: 'N0', to: 'V0', attributes: { relationship: 'performs' } },
      {
        id: 'D0',
        type: 'DESCRIPTION',
        from: 'A3',
        to: 'N1',
        attributes: { relationship: 'describes' },
      },
    ]);
    expect(bundle.warnings).toEqual([
      'a.xml:31: LINKTEST L0 links 4 arguments; a Loupe relation links two, so it is kept as it is and written back by a MAE export',
    ]);
    expect(doc?.metadata?.mae).toMatchObject({
      root: 'NounVerbTask',
      prolog: '<?xml version="1.0" encoding="UTF-8" ?>\n',
      epilog: '',
      kept: [{ tag: 'LINKTEST', attributes: expect.arrayContaining([['arg2ID', 'N5']]) }],
      texts: { N5: { key: '184~186,187~190', values: { text: 'my son' } } },
    });
  });

  it('reads MAE 0.x start and end attributes', () => {
    const doc = only(JABBERWOCKY_OLD);
    expect(doc.spans.map((s) => [s.id, s.fragments])).toEqual([
      ['N0', [{ start: 1, end: 12 }]],
      ['V0', [{ start: 71, end: 75 }]],
    ]);
    expect(doc.relations).toHaveLength(1);
    expect(doc.metadata?.mae).toMatchObject({ startEnd: true });
  });

  it('reads MAE 2 named arguments as roles and keeps non-consuming tags and links to them', () => {
    const bundle = read(MILLER);
    const doc = bundle.documents[0];
    expect(doc?.spans.map((s) => s.id)).toEqual(['NE0', 'N0', 'N1', 'V0', 'A0', 'A1']);
    expect(doc?.relations).toEqual([]);
    expect(doc?.metadata?.mae).toMatchObject({
      kept: [
        {
          tag: 'MOOD_DECL',
          attributes: [
            ['id', 'DECL0'],
            ['spans', '-1~-1'],
            ['text', ''],
          ],
        },
        {
          tag: 'NOUN',
          attributes: [
            ['id', 'N2'],
            ['spans', '-1~-1'],
            ['text', ''],
          ],
        },
        { tag: 'ACTION' },
        { tag: 'DESCRIPTION' },
        { tag: 'ARGUMENTS' },
      ],
      padded: true,
    });
    // DECL0, which no link names, is about the whole document; N2 is an argument of AC1.
    expect(doc?.documentLabels).toEqual({ NounVerbTask: 'MOOD_DECL' });
    expect(doc?.metadata?.mae).toMatchObject({ documentLevel: ['DECL0'] });
    const named = only(
      mae(
        'The cat sat.',
        '<N id="N0" spans="4~7" text="cat" />',
        '<V id="V0" spans="8~11" text="sat" />',
        '<ARG id="R0" agentID="N0" agentText="cat" predicateID="V0" predicateText="sat" />',
      ),
    );
    expect(named.relations).toEqual([
      { id: 'R0', type: 'ARG', from: 'N0', to: 'V0', fromRole: 'agent', toRole: 'predicate' },
    ]);
  });

  it('counts offsets in UTF-16 units, as Java does, and reads them as code points', () => {
    const text = 'I 😀 love 🐈 cats';
    // Java: "😀" is two chars, so "love" is at 5~9 and "cats" at 13~17.
    const doc = only(
      mae(
        text,
        '<E id="E0" spans="2~4" text="😀" />',
        '<W id="W0" spans="5~9,13~17" text="love ... cats" />',
      ),
    );
    expect(doc.spans.map((s) => s.fragments)).toEqual([
      [{ start: 2, end: 3 }],
      [
        { start: 4, end: 8 },
        { start: 11, end: 15 },
      ],
    ]);
  });

  it('refuses offsets that count code points, naming the tag, line and fix', () => {
    const errors = errorsOf(() => read(mae('😀 cats', '<W id="W0" spans="2~6" text="cats" />')));
    expect(errors.map((e) => [e.file, e.line, e.reason])).toEqual([
      [
        'a.xml',
        6,
        'W W0: spans 2~6: text disagrees with the document at these offsets: expected " cat", found "cats" (these offsets count code points; MAE counts UTF-16 units, as Java does)',
      ],
    ]);
  });

  it('reads a tag whose text attribute is stale at its offsets, as MAE does, warning and keeping the text', () => {
    // MAE's iaa_example/doc1_a4.xml: NOUN N1 spans="29~36" text="house" (the text at 29~36 is "house r").
    const content = mae(
      'Mrs Miller wants the entire house repainted.',
      '<NOUN id="N1" spans="28~35" text="house" />',
    );
    const bundle = read(content);
    expect(bundle.documents[0]?.spans[0]?.fragments).toEqual([{ start: 28, end: 35 }]);
    expect(bundle.warnings).toEqual([
      'a.xml:6: NOUN N1: spans 28~35: text disagrees with the document at these offsets: expected "house r", found "house"; read at its offsets, as MAE reads it, and its text attribute written back as it was',
    ]);
    expect(writeMae(bundle).files[0]?.content).toBe(content);
  });

  it('refuses files with tags but no span, malformed XML, other XML, and offsets out of the text', () => {
    const reasons = (content: string) => errorsOf(() => read(content)).map((e) => e.reason);
    expect(reasons(mae('x', '<L id="L0" fromID="" fromText="" toID="" toText="" />'))).toEqual([
      'holds 1 tags but no extent tag over the text, so Loupe would read no span; import it into a tool that shows non-consuming tags',
    ]);
    expect(reasons('<Task><TEXT><![CDATA[x]]></TEXT><TAGS>')[0]).toMatch(/^not well-formed XML/);
    expect(reasons('<html><body>x</body></html>')[0]).toMatch(/^is not a MAE annotation file/);
    expect(reasons(mae('cat', '<N id="N0" spans="1~9" text="at" />'))).toEqual([
      'N N0: offsets 1~9 go beyond the text (3 UTF-16 units long)',
    ]);
    expect(reasons(mae('cat', '<N spans="0~1" text="c" />'))).toEqual([
      'N has no id; every MAE tag has one',
    ]);
  });

  it('reads a file with no tags as a text without annotations', () => {
    expect(only(mae('Just text.')).spans).toEqual([]);
  });

  it('reads tags and ids named like Object.prototype members (constructor, __proto__, toString)', () => {
    const content = mae(
      'Mrs Miller wants the entire house repainted.',
      '<constructor id="__proto__" spans="28~35" text="house" />',
      '<__proto__ id="constructor" spans="0~3" text="Mrs" />',
      '<toString id="toString" spans="4~10" text="Miller" comment="" />',
      '<constructor id="N1" spans="21~27" text="entire" />',
    );
    const bundle = read(content);
    expect(bundle.documents[0]?.spans.map((s) => [s.id, s.label])).toEqual([
      ['__proto__', 'constructor'],
      ['constructor', '__proto__'],
      ['toString', 'toString'],
      ['N1', 'constructor'],
    ]);
    // The stale text of the tag with id __proto__ is kept, and written back as it was.
    expect(writeMae(bundle).files[0]?.content).toBe(content);
  });
});
