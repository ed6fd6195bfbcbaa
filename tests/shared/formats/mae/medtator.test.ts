import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMae, writeDoccano, writeMae } from '../../../../src/shared/formats';
import { errorsOf, file, span } from '../build';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/mae');
const MEDTATOR = readFileSync(join(FIXTURES, 'medtator_A_doc1.txt.xml'), 'utf8');
// MedTator's document-level task: tags with spans="-1~-1", no span (fixtures/mae/SOURCES.md).
const DOC_LEVEL_A = readFileSync(join(FIXTURES, 'medtator_doclevel_A_doc_01.txt.xml'), 'utf8');
const DOC_LEVEL_B = readFileSync(join(FIXTURES, 'medtator_doclevel_B_doc_03.txt.xml'), 'utf8');

/** The lines between <TAGS> and </TAGS> of a written file, CR LF taken off. */
function tagLines(content: string | undefined): string[] {
  const tags = (content ?? '').split('<TAGS>')[1]?.split('</TAGS>')[0] ?? '';
  return tags.split('\r\n').filter((line) => line !== '');
}
// The file's end as MedTator wrote it, line ends mixed (CR LF inside META, LF around it).
const META = '</TAGS>\n<META>\r\n<label color="yellow"/>\r\n</META>\n</COVID_VAX_AE>';

describe('MAE files MedTator wrote', () => {
  it('reads the tags of a file with a META element after TAGS', () => {
    const read = readMae([file('A_doc1.txt.xml', MEDTATOR)]);
    const doc = read.documents[0];
    expect(doc?.spans).toHaveLength(12);
    expect(doc?.relations).toHaveLength(3);
    const pain = doc?.spans.find((s) => s.id === 'A2');
    expect(pain?.fragments).toEqual([{ start: 1789, end: 1793 }]);
    expect(doc?.text.slice(1789, 1793)).toBe('pain');
  });

  it('writes the META element back where it was', () => {
    const written = writeMae(readMae([file('A_doc1.txt.xml', MEDTATOR)])).files[0]?.content;
    expect(MEDTATOR).toContain(META);
    expect(written).toContain(META);
  });

  it('writes a MedTator file back byte for byte: tags closed "/>, CR LF in TAGS, each tag its own attribute order', () => {
    const read = readMae([file('A_doc1.txt.xml', MEDTATOR)]);
    expect(read.warnings).toEqual([]);
    expect(MEDTATOR).toContain('<DATE spans="183~190" text="Jan2021" id="D0" comment="NA"/>\r\n');
    const written = writeMae(read);
    expect(written.files[0]?.content).toBe(MEDTATOR);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('names the file `.txt.xml` again when it was read so, whatever the document is called', () => {
    const read = readMae([file('A_doc1.txt.xml', MEDTATOR), file('plain.xml', MEDTATOR)]);
    const renamed = read.documents.map((doc) => ({ ...doc, name: doc.name.replace('.txt', '') }));
    expect(writeMae(read).files.map((f) => f.path)).toEqual(['A_doc1.txt.xml', 'plain.xml']);
    expect(writeMae({ ...read, documents: renamed }).files.map((f) => f.path)).toEqual([
      'A_doc1.txt.xml',
      'plain.xml',
    ]);
  });

  it('closes a span added in Loupe and breaks its line as the MedTator file does', () => {
    const read = readMae([file('A_doc1.txt.xml', MEDTATOR)]);
    const [doc] = read.documents;
    if (!doc) throw new Error('no document');
    const added = { ...doc, spans: [...doc.spans, span(2, 13, 'AGE', { id: 'G0' })] };
    const content = writeMae({ ...read, documents: [added] }).files[0]?.content ?? '';
    expect(content).toContain('\r\n<AGE id="G0" spans="2~13" text="70-year-old"/>\r\n</TAGS>');
  });

  it("reads MedTator's document-level tags as document labels named after the task", () => {
    const a = readMae([file('A_doc_01.txt.xml', DOC_LEVEL_A)]);
    expect(a.documents[0]?.spans).toEqual([]);
    expect(a.documents[0]?.documentLabels).toEqual({
      VAX_SYMPTOM: 'PYREXIA',
      'VAX_SYMPTOM 2': 'CHILL',
      'VAX_SYMPTOM 3': 'HEADACHE',
    });
    const b = readMae([file('B_doc_03.txt.xml', DOC_LEVEL_B)]);
    expect(b.documents[0]?.documentLabels).toEqual({
      VAX_SYMPTOM: 'HEADACHE',
      'VAX_SYMPTOM 2': 'FATIGUE',
    });
    expect([...a.warnings, ...b.warnings]).toEqual([]);
  });

  it('writes the document-level tags back byte for byte, and not as tags Loupe does not model', () => {
    for (const content of [DOC_LEVEL_A, DOC_LEVEL_B]) {
      const read = readMae([file('doc.txt.xml', content)]);
      const written = writeMae(read);
      expect(written.files[0]?.content).toBe(content);
      expect(written.summary.notExpressed).toEqual({});
      expect(writeDoccano(read).summary.notExpressed).not.toHaveProperty(
        'tag kept from a MAE file',
      );
    }
  });

  it('writes the labels of an edited document: a removed one gone, an added one a new document-level tag', () => {
    const read = readMae([file('A_doc_01.txt.xml', DOC_LEVEL_A)]);
    const [doc] = read.documents;
    if (!doc) throw new Error('no document');
    const documentLabels = {
      VAX_SYMPTOM: 'PYREXIA',
      'VAX_SYMPTOM 3': 'HEADACHE',
      'VAX_SYMPTOM 4': 'PAIN',
    };
    const written = writeMae({ ...read, documents: [{ ...doc, documentLabels }] });
    expect(tagLines(written.files[0]?.content)).toEqual([
      '<PYREXIA id="P0" spans="-1~-1" text="" comment=""/>',
      '<HEADACHE id="H0" spans="-1~-1" text="" comment=""/>',
      '<PAIN id="P1" spans="-1~-1" text=""/>',
    ]);
    expect(written.summary.notExpressed).toEqual({});
    const back = readMae(written.files.map((f) => file(f.path, f.content)));
    expect(back.documents[0]?.documentLabels).toEqual({
      VAX_SYMPTOM: 'PYREXIA',
      'VAX_SYMPTOM 2': 'HEADACHE',
      'VAX_SYMPTOM 3': 'PAIN',
    });
  });

  it('still refuses other elements beside TEXT and TAGS before TAGS ends', () => {
    const content = '<T><TEXT><![CDATA[cat]]></TEXT><META/><TAGS/></T>';
    const reasons = errorsOf(() => readMae([file('a.xml', content)])).map((e) => e.reason);
    expect(reasons.join('\n')).toContain('element META inside T');
  });
});
