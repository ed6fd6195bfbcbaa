import { describe, expect, it } from 'vitest';
import { DocumentsStore } from '../../../src/renderer/src/model/documentsStore';
import { fakeWorkbench } from '../helpers/fakeWorkbench';
import { documentSummary, layerChange } from '../helpers/modelData';

async function store(...rows: ReturnType<typeof documentSummary>[]) {
  const documents = new DocumentsStore(fakeWorkbench({ listDocuments: () => rows }).client);
  await documents.refresh();
  return documents;
}

describe('DocumentsStore', () => {
  it("takes an edit's count and status without a reload, replacing the snapshot", async () => {
    const documents = await store(documentSummary('d1'), documentSummary('d2'));
    const before = documents.snapshot;
    documents.applyChange(layerChange('d2', { spanCount: 3, status: 'done' }));
    expect(documents.snapshot.map((d) => [d.id, d.spanCount, d.status])).toEqual([
      ['d1', 0, 'todo'],
      ['d2', 3, 'done'],
    ]);
    expect(before[1]?.status).toBe('todo');
  });

  it('offers the next document not done, else simply the next', async () => {
    const documents = await store(
      documentSummary('d1'),
      documentSummary('d2', 'done'),
      documentSummary('d3'),
    );
    expect(documents.nextAfter('d1')?.id).toBe('d3');
    expect(documents.nextAfter('d3')).toBeNull();
    const allDone = await store(documentSummary('d1', 'done'), documentSummary('d2', 'done'));
    expect(allDone.nextAfter('d1')?.id).toBe('d2');
  });
});

describe('DocumentsStore, with a list on its way', () => {
  it('keeps the status of an edit answered after the list was read', async () => {
    let release = (): void => undefined;
    const read = [documentSummary('d1'), documentSummary('d2')];
    const documents = new DocumentsStore(
      fakeWorkbench({
        listDocuments: () => new Promise((resolve) => (release = () => resolve(read))),
      }).client,
    );
    const refreshed = documents.refresh();
    await Promise.resolve();
    documents.applyChange(layerChange('d1', { spanCount: 2, status: 'done' }));
    release();
    await refreshed;
    expect(documents.snapshot.map((d) => [d.id, d.spanCount, d.status])).toEqual([
      ['d1', 2, 'done'],
      ['d2', 0, 'todo'],
    ]);
  });

  it('drops a list that comes after one asked for later', async () => {
    const answers: (() => void)[] = [];
    let reads = 0;
    const documents = new DocumentsStore(
      fakeWorkbench({
        listDocuments: () => {
          const rows = [documentSummary(`read${++reads}`)];
          return new Promise((resolve) => answers.push(() => resolve(rows)));
        },
      }).client,
    );
    const first = documents.refresh();
    const second = documents.refresh();
    await new Promise((resolve) => setTimeout(resolve));
    answers[1]?.();
    await second;
    answers[0]?.();
    await first;
    expect(documents.snapshot.map((d) => d.id)).toEqual(['read2']);
  });
});
