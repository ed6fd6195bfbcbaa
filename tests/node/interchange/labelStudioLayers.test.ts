import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fragmentOf } from '../../../src/shared/spans';
import { exportProject, importPaths, type ProjectFolder } from '../../../src/node';
import { TWO_ANNOTATOR_FILE, TWO_ANNOTATOR_TASK } from '../../helpers/labelStudioTwoAnnotators';
import { emptyProject, folderWith } from './build';

const TASK = TWO_ANNOTATOR_TASK;
const CONTENT = TWO_ANNOTATOR_FILE;

/** A project holding the task, imported as Label Studio's export (a layer per annotator, one for the model). */
async function imported(): Promise<ProjectFolder> {
  const { store } = await emptyProject();
  const choice = { annotator: { fallback: () => 'local' } };
  await importPaths(store, [folderWith({ 'project-4.json': CONTENT })], {
    format: 'labelstudio',
    ...choice,
  });
  return store;
}

interface WrittenTask {
  annotations: { id: number; completed_by: { email: string }; result: { id: string }[] }[];
  predictions?: unknown[];
}

describe('a Label Studio task of several annotators', () => {
  it('comes back whole, byte for byte, when its layers are exported together', async () => {
    const store = await imported();
    expect(await store.listAnnotators()).toEqual(['amira', 'bo', 'ner-v2']);
    for (const layers of [
      ['amira', 'bo'],
      ['bo', 'amira'],
      ['amira', 'bo', 'ner-v2'],
    ]) {
      const [annotator = ''] = layers;
      const { result, summary } = await exportProject(store, {
        format: 'labelstudio',
        annotator,
        annotators: layers,
      });
      expect(result.files.map((f) => [f.path, f.content])).toEqual([['project-4.json', CONTENT]]);
      expect(summary.notExpressed).toEqual({});
    }
  });

  it("stores the task whole once, in its first annotator's layer; the others keep their own annotation", async () => {
    const store = await imported();
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('nothing imported');
    const onDisk = (annotator: string) =>
      readFileSync(join(store.dir, store.layerFile(doc.id, annotator)), 'utf8');
    // Region ids appear in a layer's spans and in the task's JSON it keeps.
    const ids = (annotator: string) =>
      ['xa1', 'xa2', 'yb1', 'yb2'].filter((id) => onDisk(annotator).includes(`\\"${id}\\"`));
    expect(ids('amira')).toEqual(['xa1', 'xa2', 'yb1', 'yb2']);
    expect(ids('bo')).toEqual(['yb1', 'yb2']);
    expect(ids('ner-v2')).toEqual([]);
    // Each still knows who else annotated the task.
    for (const annotator of ['bo', 'ner-v2'])
      expect(onDisk(annotator)).toContain('amira@example.org');
  });

  it('counts the annotations, and the predictions, a one-layer export leaves out', async () => {
    const store = await imported();
    const other =
      'annotation of another annotator of its task, in that annotator’s layer (export the layers together)';
    const prediction =
      'prediction of its task, kept in the layer of its first annotator (export the layers together)';
    const amira = await exportProject(store, { format: 'labelstudio', annotator: 'amira' });
    expect(amira.summary.notExpressed).toEqual({ [other]: 1 });
    expect(amira.summary.warnings).toContain(`Label Studio JSON: 1 × ${other}`);
    const bo = await exportProject(store, { format: 'labelstudio', annotator: 'bo' });
    expect(bo.summary.notExpressed).toEqual({ [other]: 1, [prediction]: 1 });
  });

  it("writes an edited layer's annotation anew beside the other's as it was", async () => {
    const store = await imported();
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('nothing imported');
    const bo = await store.readLayer(doc.id, 'bo');
    const layer = {
      ...bo,
      spans: [
        ...bo.spans,
        {
          id: 's_new',
          label: 'GPE',
          fragments: [fragmentOf(37, 44)],
          author: 'bo',
          createdAt: '2026-01-05T10:00:00.000Z',
          updatedAt: '2026-01-05T10:00:00.000Z',
        },
      ],
    };
    await store.commit({ layers: [{ layer }] });
    const { result, summary } = await exportProject(store, {
      format: 'labelstudio',
      annotator: 'amira',
      annotators: ['amira', 'bo'],
    });
    expect(summary.notExpressed).toEqual({});
    const [written] = JSON.parse(result.files[0]?.content ?? '') as WrittenTask[];
    expect(written?.annotations.map((a) => [a.id, a.completed_by.email])).toEqual([
      [57, 'amira@example.org'],
      [58, 'bo@example.org'],
    ]);
    expect(written?.annotations[0]).toEqual(TASK.annotations[0]);
    expect(written?.annotations[1]?.result.map((r) => r.id)).toEqual(['yb1', 'yb2', 's_new']);
    expect(written?.predictions).toEqual(TASK.predictions);
  });

  it('puts a layer that did not come from the file into the task, named as its completed_by', async () => {
    const store = await imported();
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('nothing imported');
    const amira = await store.readLayer(doc.id, 'amira');
    const { metadata: _metadata, ...plain } = amira;
    const carol = {
      ...plain,
      annotator: 'carol',
      spans: amira.spans.map((s) => ({ ...s, author: 'carol' })),
    };
    await store.commit({ layers: [{ layer: carol }] });
    const { result } = await exportProject(store, {
      format: 'labelstudio',
      annotator: 'amira',
      annotators: ['amira', 'bo', 'carol'],
    });
    expect(result.files.map((f) => f.path)).toEqual(['project-4.json']);
    const [written] = JSON.parse(result.files[0]?.content ?? '') as WrittenTask[];
    expect(written?.annotations.map((a) => a.completed_by.email)).toEqual([
      'amira@example.org',
      'bo@example.org',
      'carol',
    ]);
  });
});
