import { describe, expect, it } from 'vitest';
import { readMae, renameKeptMaeIds, writeMae } from '../../../../src/shared/formats';
import { file, span } from '../build';
import { MILLER } from './jabberwocky';

const millerDoc = () => {
  const read = readMae([file('miller.xml', MILLER)]);
  const [doc] = read.documents;
  if (!doc) throw new Error('no document');
  return { read, doc };
};

/** The tag lines of a written MAE file. */
const tagLines = (content: string) => content.split('\n').filter((l) => /^<[A-Z_]+ id=/.test(l));

describe('links a MAE import kept', () => {
  it('writes an argument whose span was deleted as MAE writes one not set, naming the link', () => {
    const { read, doc } = millerDoc();
    // A0 "repainted" is an argument of three kept links: AC1 (to), D1 (arg2), AR0 (theme).
    const edited = { ...doc, spans: doc.spans.filter((s) => s.id !== 'A0') };
    const written = writeMae({ ...read, documents: [edited] });
    const lines = tagLines(written.files[0]?.content ?? '');
    expect(lines.filter((l) => l.includes('"A0"'))).toEqual([]);
    expect(lines).toContain('<ACTION id="AC1" fromID="N2" fromText="" toID="" toText="" />');
    expect(lines).toContain(
      '<DESCRIPTION id="D1" arg0ID="N1" arg0Text="house" arg1ID="A1" arg1Text="entire" arg2ID="" arg2Text="" type="multi" />',
    );
    expect(lines).toContain(
      '<ARGUMENTS id="AR0" agentID="N0" agentText="Mrs Miller" patientID="N1" patientText="house" themeID="" themeText="" predicateID="V0" predicateText="wants" />',
    );
    expect(Object.keys(written.summary.notExpressed)).toEqual([
      'miller: link ACTION AC1 kept from the MAE file named a to tag deleted since; written with toID="" (an argument MAE reads as not set)',
      'miller: link DESCRIPTION D1 kept from the MAE file named a arg2 tag deleted since; written with arg2ID="" (an argument MAE reads as not set)',
      'miller: link ARGUMENTS AR0 kept from the MAE file named a theme tag deleted since; written with themeID="" (an argument MAE reads as not set)',
    ]);
    // Read back, the links are kept again and written back the same, with nothing to say.
    const back = readMae(written.files.map((f) => file(f.path, f.content)));
    expect(back.documents[0]?.spans).toHaveLength(doc.spans.length - 1);
    const again = writeMae(back);
    expect(again.files[0]?.content).toBe(written.files[0]?.content);
    expect(again.summary.notExpressed).toEqual({});
  });

  it('writes the file as it was when nothing they name was deleted', () => {
    const { read } = millerDoc();
    expect(writeMae(read).files[0]?.content).toBe(MILLER);
  });

  it('follows a span renamed on import, and one that merged into an equal span', () => {
    const { read, doc } = millerDoc();
    // As an import into a layer already holding N1 (another span) and s_7 equal to N0.
    const renamed = new Map([
      ['N1', 's_9'],
      ['N0', 's_7'],
    ]);
    const metadata = renameKeptMaeIds(doc.metadata ?? {}, renamed);
    const spans = doc.spans.map((s) => ({ ...s, id: renamed.get(s.id ?? '') ?? s.id }));
    const relations = doc.relations.map((r) => ({
      ...r,
      from: renamed.get(r.from) ?? r.from,
      to: renamed.get(r.to) ?? r.to,
    }));
    const written = writeMae({ ...read, documents: [{ ...doc, spans, relations, metadata }] });
    const lines = tagLines(written.files[0]?.content ?? '');
    expect(lines).toContain(
      '<ARGUMENTS id="AR0" agentID="s_7" agentText="Mrs Miller" patientID="s_9" patientText="house" themeID="A0" themeText="repainted" predicateID="V0" predicateText="wants" />',
    );
    // The tags keep the file's order under their new ids.
    expect(lines.slice(2, 4)).toEqual([
      '<NOUN id="s_7" spans="1~11" text="Mrs Miller"  />',
      '<NOUN id="s_9" spans="29~34" text="house"  />',
    ]);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('keeps a kept tag when a span has its id, writing the span under another', () => {
    const { read, doc } = millerDoc();
    // N2 is a non-consuming tag the file kept; a span added in Loupe under the same id.
    const edited = { ...doc, spans: [...doc.spans, span(18, 21, 'NOUN', { id: 'N2' })] };
    const lines = tagLines(writeMae({ ...read, documents: [edited] }).files[0]?.content ?? '');
    expect(lines).toContain('<NOUN id="N2" spans="-1~-1" text=""  />');
    expect(lines).toContain('<NOUN id="N2-2" spans="18~21" text="the"  />');
    expect(lines).toContain(
      '<ACTION id="AC1" fromID="N2" fromText="" toID="A0" toText="repainted" />',
    );
  });

  it("keeps a renamed span's own attribute order (MedTator writes each tag's own)", () => {
    const content = [
      '<T>',
      '<TEXT><![CDATA[The cat]]></TEXT>',
      '<TAGS>',
      '<N id="N0" spans="0~3" text="The" c="x"/>',
      '<N spans="4~7" c="y" text="cat" id="N1"/>',
      '</TAGS>',
      '</T>',
    ].join('\n');
    const read = readMae([file('cat.xml', content)]);
    const [doc] = read.documents;
    if (!doc) throw new Error('no document');
    const renamed = new Map([['N1', 's_2']]);
    const metadata = renameKeptMaeIds(doc.metadata ?? {}, renamed);
    const spans = doc.spans.map((s) => ({ ...s, id: renamed.get(s.id ?? '') ?? s.id }));
    const written = writeMae({ ...read, documents: [{ ...doc, spans, metadata }] });
    const lines = (written.files[0]?.content ?? '').split('\n');
    expect(lines.filter((line) => line.startsWith('<N '))).toEqual([
      '<N id="N0" spans="0~3" text="The" c="x"/>',
      '<N spans="4~7" c="y" text="cat" id="s_2"/>',
    ]);
  });
});
