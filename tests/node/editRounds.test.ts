import { createHook } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { projectWith } from '../helpers/tempProject';

/**
 * Requests to the thread pool (file system work handed off the event loop) started while `run`
 * runs, by the stack that started them. Each is a round trip an edit waits for: microseconds
 * on an idle machine, milliseconds while the page draws on the same cores.
 */
async function threadPoolRequests(run: () => Promise<unknown>): Promise<string[]> {
  const started: string[] = [];
  const hook = createHook({
    init(_id, type) {
      if (!type.startsWith('FSREQ') && type !== 'FILEHANDLECLOSEREQ') return;
      const frame = (new Error().stack ?? '').split('\n').find((line) => line.includes('/src/'));
      started.push(`${type} ${frame?.trim() ?? '?'}`);
    },
  });
  hook.enable();
  try {
    await run();
  } finally {
    hook.disable();
  }
  return started;
}

describe('an acknowledged edit of a layer', () => {
  it('waits for one round through the thread pool: the durable write of its journal record', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo met Sergey Lavrov.' });
    try {
      const [doc] = await workbench.listDocuments({});
      const documentId = doc?.id ?? '';
      await workbench.openDocument({ documentId });
      const add = () =>
        workbench.addSpan({ documentId, label: 'PERSON', fragments: [{ start: 0, end: 11 }] });
      const idOf = (result: Awaited<ReturnType<typeof add>>): string =>
        result.changes[0]?.upserted[0]?.id ?? '';
      // The first edits write the layer, then create its journal (a folder sync each).
      await workbench.deleteSpan({ documentId, spanId: idOf(await add()) });
      let added = idOf(await add());
      const addRounds = await threadPoolRequests(async () => (added = idOf(await add())));
      const removeRounds = await threadPoolRequests(() =>
        workbench.deleteSpan({ documentId, spanId: added }),
      );
      expect(addRounds).toEqual([expect.stringMatching(/appendJournalRecord/)]);
      expect(removeRounds).toEqual([expect.stringMatching(/appendJournalRecord/)]);
    } finally {
      await workbench.close();
    }
  });
});
