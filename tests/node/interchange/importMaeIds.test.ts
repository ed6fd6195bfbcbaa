import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { MILLER } from '../../shared/formats/mae/jabberwocky';
import { emptyProject, folderWith, into } from './build';

/** MILLER's text with one tag: NOUN N1 over "Mrs Miller", where MILLER's own N1 is "house". */
const EARLIER = MILLER.replace(
  /<TAGS>[^]*<\/TAGS>/,
  '<TAGS>\n<NOUN id="N1" spans="1~11" text="Mrs Miller"  />\n</TAGS>',
);

describe('MAE import into a layer holding other ids', () => {
  it('renames the kept links’ arguments with the spans it renames or merges', async () => {
    const { store } = await emptyProject();
    await importPaths(store, [folderWith({ 'miller.xml': EARLIER })], into('gold'));
    const summary = await importPaths(store, [folderWith({ 'miller.xml': MILLER })], into('gold'));
    // Six extent tags; N0 equals the span already there.
    expect(summary.documents.map((d) => [d.outcome, d.spans])).toEqual([['attached', 5]]);
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('no document');
    const layer = await store.readLayer(doc.id, 'gold');
    const house = layer.spans.find((s) => s.label === 'NOUN' && s.fragments[0]?.start === 29);
    // The file's N0 ("Mrs Miller") is the layer's N1; its N1 ("house") took another id.
    expect(house?.id).not.toBe('N1');
    const { result } = await exportProject(store, { format: 'mae', annotator: 'gold' });
    const content = result.files[0]?.content ?? '';
    expect(content).toContain(
      `<ARGUMENTS id="AR0" agentID="N1" agentText="Mrs Miller" patientID="${house?.id}" patientText="house" themeID="A0" themeText="repainted" predicateID="V0" predicateText="wants" />`,
    );
    expect(content).toContain(
      `<DESCRIPTION id="D1" arg0ID="${house?.id}" arg0Text="house" arg1ID="A1"`,
    );
  });
});
