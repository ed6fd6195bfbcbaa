import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

const region = (id: string, start: number, end: number, text: string, label: string) => ({
  id,
  type: 'labels',
  from_name: 'label',
  to_name: 'text',
  value: { start, end, text, labels: [label] },
});

describe('import into layers', () => {
  it('gives each Label Studio annotator a layer, predictions the machine layer, even with --annotator', async () => {
    const { store } = await emptyProject();
    const task = {
      id: 9,
      meta: { source: 'wire' },
      data: { text: 'IBM hired Ana.', headline: 'Hiring' },
      annotations: [
        { completed_by: { email: 'amira@example.org' }, result: [region('a', 0, 3, 'IBM', 'ORG')] },
        {
          completed_by: { email: 'ben@example.org' },
          result: [region('b', 10, 13, 'Ana', 'PERSON')],
        },
      ],
      predictions: [{ model_version: 'ner-v2', result: [region('p', 0, 3, 'IBM', 'ORG')] }],
    };
    const dir = folderWith({ 'tasks.json': JSON.stringify([task]) });
    const summary = await importPaths(store, [dir], into('gold'));
    expect(summary.documents.map((d) => [d.annotator, d.outcome, d.spans])).toEqual([
      ['amira', 'added', 1],
      ['ben', 'attached', 1],
      ['ner-v2', 'attached', 1],
    ]);
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('no document');
    expect(doc.name).toBe('9.txt');
    const amira = await store.readLayer(doc.id, 'amira');
    expect(amira.metadata).toEqual({
      id: 9,
      meta: { source: 'wire' },
      data: { headline: 'Hiring' },
    });
    expect((await store.readLayer(doc.id, 'ner-v2')).spans.map((s) => s.label)).toEqual(['ORG']);
  });

  it('gives each doccano 1.x user a layer', async () => {
    const { store } = await emptyProject();
    const record = {
      id: 3,
      text: 'IBM hired Ana.',
      annotations: [
        { label: 'ORG', start_offset: 0, end_offset: 3, user: 1 },
        { label: 'PERSON', start_offset: 10, end_offset: 13, user: 2 },
      ],
    };
    const dir = folderWith({ 'a.jsonl': `${JSON.stringify(record)}\n` });
    const summary = await importPaths(store, [dir], into('gold'));
    expect(summary.documents.map((d) => d.annotator)).toEqual(['user1', 'user2']);
    expect(summary.kinds).toEqual([
      { kind: 'documents', read: 2, imported: 1, alreadyPresent: 1 },
      { kind: 'spans', read: 2, imported: 2, alreadyPresent: 0 },
    ]);
  });
});
