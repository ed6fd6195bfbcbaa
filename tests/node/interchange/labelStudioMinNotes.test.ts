import { describe, expect, it } from 'vitest';
import { projectWith } from '../../helpers/tempProject';

/*
 * A JSON-MIN record with a per-region TextArea as label-studio-converter writes a note of two
 * lines (its region's ends kept; see tests/shared/formats/labelStudio/minRegionNotes.test.ts),
 * and a one-line one it writes bare, through a project: the note on its span, the bare line kept,
 * both written back where and as they were.
 */
const TEXT = 'Dallas beat Carolina.';
const record = (id: number, entityId: unknown, note: unknown) => ({
  ner: TEXT,
  id,
  label: [
    { start: 0, end: 6, text: 'Dallas', labels: ['Team'] },
    { start: 12, end: 20, text: 'Carolina', labels: ['Team'] },
  ],
  entity_id: entityId,
  summary: note,
  annotator: 1,
  annotation_id: id + 10,
  created_at: '2021-09-03T10:00:00.000000Z',
  updated_at: '2021-09-03T10:00:00.000000Z',
  lead_time: 4.2,
});
const FILE = `${JSON.stringify(
  [record(1, { start: 12, end: 20, text: ['282', 'Hurricanes'] }, 'close game')],
  null,
  2,
)}\n`;

describe('Label Studio JSON-MIN per-region text, in a project', () => {
  it('goes to its span as a note and comes back byte for byte', async () => {
    const { workbench } = await projectWith({});
    await workbench.importFiles({
      files: [{ name: 'min.json', base64: Buffer.from(FILE).toString('base64') }],
      format: 'labelstudio',
      annotator: 'tester',
    });
    const [doc] = await workbench.listDocuments({});
    if (!doc) throw new Error('no document');
    const { layer } = await workbench.openDocument({ documentId: doc.id });
    expect(layer.spans.map((s) => s.note)).toEqual([undefined, '282\nHurricanes']);
    const exported = await workbench.exportProject({
      format: 'labelstudio-min',
      annotator: 'tester',
    });
    expect(exported.files[0]?.content).toBe(FILE);
  });
});
