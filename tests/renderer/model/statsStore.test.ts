import { describe, expect, it } from 'vitest';
import { WorkbenchError, type ProjectStats } from '../../../src/shared/contract';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import { StatsStore } from '../../../src/renderer/src/model/statsStore';
import { fakeWorkbench } from '../helpers/fakeWorkbench';

/** Counts as `loupe stats` answers them, with the files they leave out. */
function stats(skipped: ProjectStats['skipped'] = []): ProjectStats {
  return {
    name: 'News',
    documents: 2,
    characters: 90,
    annotators: [
      {
        annotator: 'lena',
        spans: 3,
        stances: 1,
        labels: { GPE: 2, PERSON: 1 },
        status: { todo: 1, in_progress: 0, done: 1 },
      },
    ],
    skipped,
  };
}

describe('StatsStore', () => {
  it('reads the counts afresh at each load, with what they leave out', async () => {
    const skipped = [{ file: 'annotations/omar/d2.journal.jsonl', reason: 'damaged' }];
    let answer = stats(skipped);
    const fake = fakeWorkbench({ projectStats: () => answer });
    const store = new StatsStore(fake.client, new NotificationsStore());
    store.load();
    await expect.poll(() => store.snapshot.stats?.skipped).toEqual(skipped);
    answer = stats(); // the file was mended
    store.load();
    await expect.poll(() => store.snapshot.stats?.skipped).toEqual([]);
    expect(fake.methods()).toEqual(['projectStats', 'projectStats']);
  });

  it('reports a failure to read them', async () => {
    const notifications = new NotificationsStore();
    const fake = fakeWorkbench({
      projectStats: () => {
        throw new WorkbenchError('io', 'the disk is full: nothing was written');
      },
    });
    new StatsStore(fake.client, notifications).load();
    await expect.poll(() => notifications.snapshot.message).toMatch(/^Nothing was saved/);
  });
});
