import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

// Label Studio counts every annotation of a task, one of no result too, as work done
// (total_annotations, is_labeled: label-studio-sdk src/label_studio_sdk/tasks/client.py),
// while predictions are not counted: a task a model pre-annotated and no one labelled has
// `annotations: []` beside its `predictions`.
const prediction = {
  id: 3,
  model_version: 'ner-v2',
  score: 0.5,
  created_ago: '2 weeks',
  result: [
    {
      id: 'p1',
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start: 0, end: 3, text: 'IBM', labels: ['ORG'] },
      score: 0.9,
    },
  ],
};
const task = {
  id: 4,
  meta: { source: 'wire' },
  data: { text: 'IBM hired Ana.' },
  annotations: [],
  predictions: [prediction],
};

type Store = Awaited<ReturnType<typeof emptyProject>>['store'];

async function exported(store: Store, annotator: string) {
  const { result } = await exportProject(store, { format: 'labelstudio', annotator });
  return JSON.parse(result.files[0]?.content ?? '[]') as Record<string, unknown>[];
}

describe('a Label Studio task with predictions and no annotation', () => {
  it('goes back from the layer it was imported into with no annotation and its predictions as they were', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({ 'tasks.json': JSON.stringify([task]) });
    const summary = await importPaths(store, [dir], into('gold'));
    expect(summary.documents.map((d) => [d.annotator, d.spans])).toEqual([
      ['gold', 0],
      ['ner-v2', 1],
    ]);
    const [gold] = await exported(store, 'gold');
    expect(gold).toEqual({
      id: 4,
      meta: { source: 'wire' },
      data: { text: 'IBM hired Ana.' },
      annotations: [],
      predictions: [prediction],
    });
    // The model's layer goes back as its prediction, never as an annotation.
    const [model] = await exported(store, 'ner-v2');
    expect(model?.annotations).toBeUndefined();
    expect(model?.predictions).toEqual([prediction]);
  });

  it('goes back with one annotation once a span is added in Loupe, the predictions beside it', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({ 'tasks.json': JSON.stringify([task]) });
    await importPaths(store, [dir], into('gold'));
    const span = { start: 10, end: 13, text: 'Ana', labels: ['PERSON'] };
    const labelled = {
      ...task,
      annotations: [
        { result: [{ id: 'a', type: 'labels', from_name: 'label', to_name: 'text', value: span }] },
      ],
    };
    // Ana labelled in the gold layer (here by importing a file that has it).
    await importPaths(
      store,
      [folderWith({ 'tasks.json': JSON.stringify([labelled]) })],
      into('gold'),
    );
    const [gold] = await exported(store, 'gold');
    const annotations = gold?.annotations as { result: { value: unknown }[] }[];
    expect(annotations.map((a) => a.result.map((r) => r.value))).toEqual([[span]]);
    expect(gold?.predictions).toEqual([prediction]);
  });
});

describe('a Label Studio task with an annotation, a cancelled one and predictions', () => {
  // Label Studio exports a skipped annotation with was_cancelled: true and counts it apart
  // (cancelled_annotations); a task's predictions stay beside its annotations.
  const cancelled = { id: 8, completed_by: 2, was_cancelled: true, result: [] };
  const annotation = { id: 7, completed_by: 1, result: [prediction.result[0]] };
  const both = { ...task, annotations: [annotation, cancelled] };

  it('goes back from the annotator’s layer with the cancelled annotation and the predictions as they were', async () => {
    const { store } = await emptyProject();
    const summary = await importPaths(
      store,
      [folderWith({ 'tasks.json': JSON.stringify([both]) })],
      into('gold'),
    );
    expect(summary.warnings).toContainEqual(
      expect.stringContaining(
        'a cancelled annotation is not shown; it is kept and written back to Label Studio as it was',
      ),
    );
    const [gold] = await exported(store, 'gold');
    expect(gold?.annotations).toEqual([
      { id: 7, completed_by: 1, result: [prediction.result[0]] },
      cancelled,
    ]);
    expect(gold?.predictions).toEqual([prediction]);
  });
});

describe("a Label Studio task's predictions, when several people import the task", () => {
  // Label Studio holds a task's predictions once, beside all its annotations; importing each
  // person's export into it adds the predictions each export holds, so they go out once.
  const labelled = (email: string, id: number) => ({
    id,
    completed_by: { email },
    result: [{ ...prediction.result[0], id: `r${id}` }],
  });
  const keptPredictions = async (store: Store, annotator: string) => {
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('no document');
    const layer = await store.readLayer(doc.id, annotator);
    const kept = layer.metadata?.$labelstudio;
    return typeof kept === 'object' && kept !== null && 'predictions' in kept
      ? kept.predictions
      : undefined;
  };

  it('are stored in the first annotator’s layer alone and written back from it alone', async () => {
    const { store } = await emptyProject();
    const both = {
      ...task,
      annotations: [labelled('amira@example.org', 7), labelled('ben@example.org', 8)],
    };
    await importPaths(store, [folderWith({ 'tasks.json': JSON.stringify([both]) })], into('gold'));
    expect(await keptPredictions(store, 'amira')).toEqual([prediction]);
    expect(await keptPredictions(store, 'ben')).toBeUndefined();
    const [amira] = await exported(store, 'amira');
    const [ben] = await exported(store, 'ben');
    expect([amira?.predictions, ben?.predictions]).toEqual([[prediction], undefined]);
    expect((ben?.annotations as { id: number }[]).map((a) => a.id)).toEqual([8]);
  });

  it('are stored once when each imports the same tasks into a layer of their own', async () => {
    const { store } = await emptyProject();
    const file = JSON.stringify([task]);
    await importPaths(store, [folderWith({ 'tasks.json': file })], into('amira'));
    await importPaths(store, [folderWith({ 'tasks.json': file })], into('ben'));
    expect(await keptPredictions(store, 'amira')).toEqual([prediction]);
    expect(await keptPredictions(store, 'ben')).toBeUndefined();
    const [ben] = await exported(store, 'ben');
    expect(ben).toEqual({
      id: 4,
      meta: { source: 'wire' },
      data: { text: 'IBM hired Ana.' },
      annotations: [],
    });
    // Imported again into the layer that keeps them, they stay there, once.
    await importPaths(store, [folderWith({ 'tasks.json': file })], into('amira'));
    expect(await keptPredictions(store, 'amira')).toEqual([prediction]);
  });
});

describe("a Label Studio task's cancelled annotations, when several people import the task", () => {
  // Label Studio holds a task's cancelled annotations once, beside its other annotations, and
  // counts them apart (cancelled_annotations): each person's export importing them again would
  // add them once per person.
  const cancelled = { id: 9, completed_by: 3, was_cancelled: true, result: [] };
  const labelled = (email: string, id: number) => ({
    id,
    completed_by: { email },
    result: [{ ...prediction.result[0], id: `r${id}` }],
  });
  const keptCancelled = async (store: Store, annotator: string) => {
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('no document');
    const kept = (await store.readLayer(doc.id, annotator)).metadata?.$labelstudio;
    return typeof kept === 'object' && kept !== null && 'cancelled' in kept
      ? kept.cancelled
      : undefined;
  };
  const ids = (task: Record<string, unknown> | undefined) =>
    (task?.annotations as { id: number }[]).map((a) => a.id);

  it('are stored in the first annotator’s layer alone and written back from it alone', async () => {
    const { store } = await emptyProject();
    const annotations = [
      labelled('amira@example.org', 7),
      cancelled,
      labelled('ben@example.org', 8),
    ];
    const tasks = JSON.stringify([{ ...task, predictions: [], annotations }]);
    await importPaths(store, [folderWith({ 'tasks.json': tasks })], into('gold'));
    expect(await keptCancelled(store, 'amira')).toEqual([cancelled]);
    expect(await keptCancelled(store, 'ben')).toBeUndefined();
    expect(ids((await exported(store, 'amira'))[0])).toEqual([7, 9]);
    expect(ids((await exported(store, 'ben'))[0])).toEqual([8]);
  });

  it('are stored once when each imports the same tasks into a layer of their own', async () => {
    const { store } = await emptyProject();
    // An annotation naming no one goes to the layer the file is imported into.
    const unnamed = { id: 7, result: [{ ...prediction.result[0], id: 'r7' }] };
    const annotations = [unnamed, cancelled];
    const file = JSON.stringify([{ ...task, predictions: [], annotations }]);
    await importPaths(store, [folderWith({ 'tasks.json': file })], into('amira'));
    await importPaths(store, [folderWith({ 'tasks.json': file })], into('ben'));
    expect(await keptCancelled(store, 'amira')).toEqual([cancelled]);
    expect(await keptCancelled(store, 'ben')).toBeUndefined();
    expect(ids((await exported(store, 'amira'))[0])).toEqual([7, 9]);
    expect(ids((await exported(store, 'ben'))[0])).toEqual([7]);
  });
});
