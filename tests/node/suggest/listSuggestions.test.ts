import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject, createWorkbench } from '../../../src/node';
import { tempDir } from '../../helpers/tempProject';
import { folderWith } from '../interchange/build';
import { pretty, region } from '../../shared/formats/labelStudio/build';

// A task a model pre-annotated in Label Studio and no one labelled (label-studio-sdk's
// predictions: model_version and score, a region's own score).
const prediction = {
  model_version: 'ner-v2',
  score: 0.8,
  result: [
    region('p1', 0, 3, 'IBM', 'ORG'),
    { ...region('p2', 10, 13, 'Ana', 'PERSON'), score: 0.95 },
  ],
};
const task = {
  id: 4,
  data: { text: 'IBM hired Ana.' },
  annotations: [],
  predictions: [prediction],
};

async function importedPredictions() {
  const root = tempDir();
  const dir = join(root, 'project');
  await createProject(dir);
  const workbench = await createWorkbench(dir, { userFolder: join(root, 'user') });
  await workbench.updateSettings({ annotator: 'lena' });
  const source = folderWith({ 'tasks.json': pretty([task]) });
  await workbench.importPaths({ paths: [source], format: 'labelstudio', annotator: 'lena' });
  const [doc] = await workbench.listDocuments({});
  if (!doc) throw new Error('no document');
  return { workbench, documentId: doc.id };
}

describe("listSuggestions of a model's imported predictions", () => {
  it('lists them with the model and its scores beside the model’s, to accept and reject in their layer', async () => {
    const { workbench, documentId } = await importedPredictions();
    const { suggestions } = await workbench.listSuggestions({ documentId });
    expect(suggestions).toEqual([
      { id: 'p1', label: 'ORG', start: 0, end: 3, confidence: 0.8, as: 'ner-v2' },
      { id: 'p2', label: 'PERSON', start: 10, end: 13, confidence: 0.95, as: 'ner-v2' },
    ]);
    await workbench.acceptSuggestion({ documentId, spanId: 'p2', as: 'ner-v2' });
    await workbench.rejectSuggestion({ documentId, spanId: 'p1', as: 'ner-v2' });
    expect((await workbench.listSuggestions({ documentId })).suggestions).toEqual([]);
    const mine = (await workbench.store.readLayer(documentId, 'lena')).spans;
    expect(mine).toMatchObject([
      {
        label: 'PERSON',
        fragments: [{ start: 10, end: 13 }],
        provenance: { annotator: 'ner-v2', spanId: 'p2', confidence: 0.95 },
      },
    ]);
    await workbench.close();
  });

  it('leaves the predictions as they were: the annotation gains the accepted span, the model’s layer writes its prediction back', async () => {
    const { workbench, documentId } = await importedPredictions();
    await workbench.acceptSuggestion({ documentId, spanId: 'p2', as: 'ner-v2' });
    await workbench.rejectSuggestion({ documentId, spanId: 'p1', as: 'ner-v2' });
    const exported = async (annotator: string, includeRejected = false) => {
      const { files } = await workbench.exportProject({
        format: 'labelstudio',
        annotator,
        includeRejected,
      });
      return JSON.parse(files[0]?.content ?? '[]') as {
        annotations?: { result: { value: unknown }[] }[];
        predictions: unknown[];
      }[];
    };
    const [lena] = await exported('lena');
    expect(lena?.predictions).toEqual([prediction]);
    expect(lena?.annotations?.map((a) => a.result.map((r) => r.value))).toEqual([
      [{ start: 10, end: 13, text: 'Ana', labels: ['PERSON'] }],
    ]);
    // The decisions are Loupe's: the model's own prediction goes back without them.
    const [model] = await exported('ner-v2', true);
    expect(model?.predictions).toEqual([prediction]);
    await workbench.close();
  });

  it('writes an accepted prediction back with the origin Label Studio gives it, changed once edited', async () => {
    const { workbench, documentId } = await importedPredictions();
    await workbench.acceptSuggestion({ documentId, spanId: 'p2', as: 'ner-v2' });
    const regions = async () => {
      const { files } = await workbench.exportProject({ format: 'labelstudio', annotator: 'lena' });
      const [task] = JSON.parse(files[0]?.content ?? '[]') as {
        annotations: { result: { origin?: string; value: { labels: string[] } }[] }[];
      }[];
      return task?.annotations[0]?.result.map((r) => [r.value.labels, r.origin]);
    };
    expect(await regions()).toEqual([[['PERSON'], 'prediction']]);
    // An edit a moment later, as a person makes it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const [span] = (await workbench.store.readLayer(documentId, 'lena')).spans;
    if (!span) throw new Error('nothing accepted');
    await workbench.updateSpan({ documentId, spanId: span.id, label: 'ORG' });
    expect(await regions()).toEqual([[['ORG'], 'prediction-changed']]);
    await workbench.close();
  });
});
