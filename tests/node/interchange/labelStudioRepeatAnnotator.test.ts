import { describe, expect, it } from 'vitest';
import { exportProject, importPaths, type ProjectFolder } from '../../../src/node';
import { emptyProject, folderWith } from './build';

// In the shape of javierosorio/LEOKA_ML's Label Studio export 3_annotations/annotations/LEOKA_team_11.json
// (task 97057717; text, ids and addresses made up): Label Studio keeps every annotation a person
// submits of a task, and one coder submitted two of the same task (ids 32935873 and 32934710),
// beside another coder's. Both of hers were merged into one layer: the export wrote the task back
// with the second annotation alone, holding the first's regions too, and said nothing of the first.
const who = (id: number, email: string) => ({ id, email, first_name: '', last_name: '' });
const region = (id: string, start: number, end: number, text: string, label: string) => ({
  id,
  type: 'labels',
  value: { end, text, start, labels: [label] },
  origin: 'manual',
  to_name: 'text',
  from_name: 'label',
});
const TASKS = JSON.stringify([
  {
    id: 7,
    annotations: [
      {
        id: 73,
        completed_by: who(3, 'jo@uni.edu'),
        result: [
          region('z96cLb9WIA', 0, 3, 'Ann', 'Person'),
          region('2DDe0xFV6X', 8, 13, 'Tokyo', 'City'),
        ],
        was_cancelled: false,
        created_at: '2024-03-18T19:27:54.132276Z',
      },
      {
        id: 55,
        completed_by: who(4, 'bo@uni.edu'),
        result: [region('Ue-bC5oBgV', 0, 3, 'Ann', 'Person')],
        was_cancelled: false,
        created_at: '2024-03-14T02:02:26.173197Z',
      },
      {
        id: 71,
        completed_by: who(3, 'jo@uni.edu'),
        result: [region('bbv13aVsFU', 0, 3, 'Ann', 'Person')],
        was_cancelled: false,
        created_at: '2024-03-18T19:06:23.358696Z',
      },
    ],
    data: { text: 'Ann saw Tokyo.' },
  },
]);

async function imported(): Promise<ProjectFolder> {
  const { store } = await emptyProject();
  await importPaths(store, [folderWith({ 'LEOKA_team_11.json': TASKS })], {
    format: 'labelstudio',
    annotator: { fallback: () => 'local' },
  });
  return store;
}

describe('a Label Studio task two of whose annotations are one person’s', () => {
  it('gives the second a layer of its own, and the task comes back byte for byte', async () => {
    const store = await imported();
    expect(await store.listAnnotators()).toEqual(['bo', 'jo', 'jo-2']);
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('no document');
    expect((await store.readLayer(doc.id, 'jo')).spans).toHaveLength(2);
    expect((await store.readLayer(doc.id, 'jo-2')).spans).toHaveLength(1);
    const { result, summary } = await exportProject(store, {
      format: 'labelstudio',
      annotator: 'jo',
      annotators: ['jo', 'bo', 'jo-2'],
    });
    expect(result.files.map((f) => f.content)).toEqual([TASKS]);
    expect(summary.notExpressed).toEqual({});
  });

  it('counts the second as not written when its layer is left out of the export', async () => {
    const store = await imported();
    const { result, summary } = await exportProject(store, {
      format: 'labelstudio',
      annotator: 'jo',
      annotators: ['jo', 'bo'],
    });
    const [task] = JSON.parse(result.files[0]?.content ?? '[]') as {
      annotations: { id: number }[];
    }[];
    expect(task?.annotations.map((a) => a.id)).toEqual([73, 55]);
    expect(summary.notExpressed).toEqual({
      'annotation of another annotator of its task, in that annotator’s layer (export the layers together)': 1,
    });
  });
});
