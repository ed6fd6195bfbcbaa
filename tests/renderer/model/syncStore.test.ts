import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { emptyLayer } from '../../../src/shared/model';
import type { HistoryEntry, SyncReport, SyncStatus } from '../../../src/shared/sync';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import { SyncStore, syncSummary } from '../../../src/renderer/src/model/syncStore';
import { fakeWorkbench } from '../helpers/fakeWorkbench';

function status(more: Partial<SyncStatus> = {}): SyncStatus {
  return {
    remote: '/shared/team.git',
    ahead: 0,
    behind: 0,
    lastSyncedAt: null,
    uncommitted: 0,
    conflicts: [],
    blocked: [],
    ...more,
  };
}

function report(more: Partial<SyncReport> = {}): SyncReport {
  return {
    committed: 'alice: 1 document annotated',
    merge: 'merged',
    pushed: true,
    teammates: [],
    newConflicts: [],
    status: status(),
    ...more,
  };
}

describe('SyncStore', () => {
  it('says what teammates changed since the last sync, and how many conflicts are open', () => {
    const conflict = {
      id: 'entity:e1:name',
      kind: 'entity' as const,
      subject: 'e1',
      field: ['name'],
      values: [
        { annotator: 'bob', value: 'A' },
        { annotator: 'carol', value: 'B' },
      ],
    };
    expect(
      syncSummary(
        report({
          teammates: [
            { annotator: 'alice', documents: Array.from({ length: 12 }, (_, i) => `d${i}`) },
            { annotator: 'bob', documents: ['d1'] },
          ],
          status: status({ conflicts: [conflict] }),
        }),
      ),
    ).toBe(
      'Synced. Since your last sync: alice changed 12 documents, bob changed 1 document. 1 conflict to resolve.',
    );
  });

  it('syncs, rereads the project and notifies; a failure is kept for the dialog with the status', async () => {
    let reloads = 0;
    const notifications = new NotificationsStore();
    const fake = fakeWorkbench({ sync: () => report(), syncStatus: () => status({ ahead: 1 }) });
    const store = new SyncStore(fake.client, notifications, async () => void (reloads += 1));
    expect(await store.sync()).toBe(true);
    expect(reloads).toBe(1);
    expect(store.snapshot).toMatchObject({ running: false, error: null, report: report() });
    fake.answer('sync', () => {
      throw new WorkbenchError('io', 'cannot reach the remote /shared/team.git');
    });
    expect(await store.sync()).toBe(false);
    expect(store.snapshot.error).toMatch(/cannot reach the remote/);
    expect(store.snapshot.status).toMatchObject({ ahead: 1 });
    expect(reloads).toBe(1);
  });

  it('keeps the text a past layer was made on, from the history, when its hash is the layer’s', async () => {
    const at: HistoryEntry = {
      commit: 'c1'.padEnd(40, '0'),
      author: 'bob',
      message: 'bob: 1 document annotated',
      at: '2026-12-04T10:00:00.000Z',
      annotators: ['bob'],
    };
    let textHash = 'sha256:earlier';
    const fake = fakeWorkbench({
      documentHistory: () => [at],
      layerAtCommit: ({ documentId, annotator }) =>
        emptyLayer(documentId, 'sha256:earlier', annotator),
      textAtCommit: () => ({ text: 'the earlier text', textHash }),
    });
    const store = new SyncStore(fake.client, new NotificationsStore(), async () => undefined);
    await store.loadHistory('a');
    await store.viewPast(at, 'bob');
    expect(store.snapshot.past?.text).toBe('the earlier text');
    // The history's text at that sync is not the one the layer was made on: no words from it.
    textHash = 'sha256:other';
    await store.viewPast(at, 'bob');
    expect(store.snapshot.past?.text).toBeNull();
    fake.answer('textAtCommit', () => {
      throw new WorkbenchError('not_found', 'no text');
    });
    await store.viewPast(at, 'bob');
    expect(store.snapshot.past).toMatchObject({ annotator: 'bob', text: null });
  });

  it('keeps a past layer open while the history reloads, whichever answer comes first', async () => {
    const entry = (commit: string): HistoryEntry => ({
      commit,
      author: 'bob',
      message: 'bob: 1 document annotated',
      at: '2026-12-04T10:00:00.000Z',
      annotators: ['bob'],
    });
    let entries = [entry('c1'.padEnd(40, '0'))];
    const fake = fakeWorkbench({
      documentHistory: () => entries,
      layerAtCommit: ({ documentId, annotator }) => emptyLayer(documentId, 'h', annotator),
    });
    const store = new SyncStore(fake.client, new NotificationsStore(), async () => undefined);
    await store.loadHistory('a');
    await store.viewPast(entries[0]!, 'bob');
    // The dialog reopened: its history is asked again, with the layer still shown.
    await store.loadHistory('a');
    expect(store.snapshot.past).toMatchObject({ annotator: 'bob', entry: entries[0] });
    // Asked for while the history was on its way: the history's answer does not close it.
    fake.answer('documentHistory', () => new Promise((done) => setTimeout(done, 20, entries)));
    const reload = store.loadHistory('a');
    await store.viewPast(entries[0]!, 'bob');
    await reload;
    expect(store.snapshot.past).toMatchObject({ annotator: 'bob' });
    // Another document's history, or a history without that sync, closes it.
    await store.loadHistory('b');
    expect(store.snapshot.past).toBeNull();
    await store.loadHistory('a');
    await store.viewPast(entries[0]!, 'bob');
    entries = [entry('c2'.padEnd(40, '0'))];
    await store.loadHistory('a');
    expect(store.snapshot.past).toBeNull();
  });
});
