import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

// In the shape of a Label Studio 1.x export of a relation project (karanheera/AI-Data-Annotation-Tasks,
// Relation-Extraction-RE/…/annotations/train.json, task 512; text and ids made up): Label Studio's
// region ids are ten characters of A-Z, a-z, 0-9, `_` and `-`, so some begin with a dash or an
// underscore, which no Loupe id does.
const TASKS =
  '[{"id":7,"annotations":[{"id":3,"completed_by":1,"result":[' +
  '{"value":{"start":0,"end":3,"text":"Ada","labels":["PER"]},"id":"aB3dE5gH7j","from_name":"label","to_name":"text","type":"labels","origin":"manual"},' +
  '{"value":{"start":10,"end":16,"text":"London","labels":["CITY"]},"id":"-9xK_sZ2dQ","from_name":"label","to_name":"text","type":"labels","origin":"manual"},' +
  '{"value":{"start":20,"end":24,"text":"1815","labels":["DATE"]},"id":"_q1W2e3R4t","from_name":"label","to_name":"text","type":"labels","origin":"manual"},' +
  '{"from_id":"aB3dE5gH7j","to_id":"-9xK_sZ2dQ","type":"relation","direction":"right","labels":["per:city_of_birth"]}],' +
  '"was_cancelled":false,"lead_time":12.5,"task":7,"project":9}],' +
  '"data":{"text":"Ada, born London in 1815."},"meta":{},"inner_id":1}]';

describe('Label Studio regions whose ids Loupe does not allow', () => {
  it('writes them back under their own ids, with their fields and relations: the file byte for byte', async () => {
    const { store } = await emptyProject();
    const summary = await importPaths(store, [folderWith({ 'train.json': TASKS })], into('ann'));
    expect(summary.documents.map((d) => d.spans)).toEqual([3]);
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('no document');
    const layer = await store.readLayer(doc.id, 'ann');
    const ids = layer.spans.map((s) => s.id);
    expect(ids).toContain('aB3dE5gH7j');
    expect(ids).not.toContain('-9xK_sZ2dQ'); // the project gave it an id of its own
    expect(layer.relations).toHaveLength(1);
    const { result } = await exportProject(store, { format: 'labelstudio', annotator: 'ann' });
    expect(result.files.map((f) => f.content)).toEqual([TASKS]);
  });
});
