import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { AnswerSlot, answerId } from '../../src/renderer/src/answerSlot';

/**
 * A thread, loaded and ready, that offers `text` as the answer to `id` `delayMs` after `go()`,
 * with the real AnswerSlot; `offered` is whether the answer was taken.
 */
async function answerThread(memory: SharedArrayBuffer, id: number, text: string, delayMs: number) {
  // Loaded through tsx, as Loupe's own worker threads are when run from source.
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const file = fileURLToPath(new URL('./helpers/offerAnswerThread.ts', import.meta.url));
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`;
  const worker = new Worker(boot, { eval: true, workerData: { memory, id, text, delayMs } });
  await new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', resolve);
  });
  const offered = new Promise<boolean>((resolve) =>
    worker.once('message', (taken: boolean) => {
      void worker.terminate();
      resolve(taken);
    }),
  );
  return { go: () => worker.postMessage('go'), offered };
}

describe('AnswerSlot', () => {
  it('hands an answer from another thread to a page thread that waits for it', async () => {
    const slot = AnswerSlot.create(1024);
    const text = '{"id":7,"envelope":{"ok":true,"result":"Zürich ✓"}}';
    const thread = await answerThread(slot.memory, 7, text, 20);
    thread.go();
    // This thread is held waiting: the other thread's answer arrives meanwhile.
    expect(slot.waitFor(7, 10_000)).toBe(text);
    expect(await thread.offered).toBe(true);
  });

  it('gives up after its time, and an answer offered later is refused (it goes by message)', async () => {
    const slot = AnswerSlot.create(1024);
    let clock = 0;
    expect(slot.waitFor(3, 8, () => (clock += 1))).toBeNull();
    const thread = await answerThread(slot.memory, 3, '{"id":3}', 0);
    thread.go();
    expect(await thread.offered).toBe(false);
    expect(slot.offer(3, '{"id":3}')).toBe(false);
  });

  it('refuses an answer to another call than the one waited for, and one too large for the slot', () => {
    const slot = AnswerSlot.create(16);
    expect(slot.offer(1, '{"id":1}')).toBe(false); // nobody waits
    let clock = 0;
    // While the page waits for call 2, the socket's side offers: call 1 no, an answer too large no.
    const offers: boolean[] = [];
    const tick = (): number => {
      if (clock === 1)
        offers.push(slot.offer(1, '{"id":1}'), slot.offer(2, `{"id":2,"x":"${'a'.repeat(32)}"}`));
      return (clock += 1);
    };
    expect(slot.waitFor(2, 3, tick)).toBeNull();
    expect(offers).toEqual([false, false]);
  });

  it('reads the answer that was claimed even when the time runs out while it is written', () => {
    const slot = AnswerSlot.create(64);
    let clock = 0;
    const tick = (): number => {
      // The socket's side claims the wait at the last moment: the page must wait for it.
      if (clock === 5) expect(slot.offer(9, '{"id":9}')).toBe(true);
      return (clock += 1);
    };
    expect(slot.waitFor(9, 5, tick)).toBe('{"id":9}');
  });

  it("tells the page's side, through the shared memory, when recent answers came too late to wait for", () => {
    const worker = AnswerSlot.create(64);
    const page = new AnswerSlot(worker.memory);
    expect(page.answersLate).toBe(false); // no round trip yet: worth waiting
    worker.noteRoundTrip(30, 8);
    worker.noteRoundTrip(45, 8);
    expect(page.answersLate).toBe(false); // two are not enough to judge
    worker.noteRoundTrip(20, 8);
    expect(page.answersLate).toBe(true);
    worker.noteRoundTrip(3, 8);
    expect(page.answersLate).toBe(true); // one of four in time
    worker.noteRoundTrip(8, 8); // at the limit counts as in time
    expect(page.answersLate).toBe(false); // two of five: a wait pays off a third of the time
    for (const ms of [40, 40, 40, 40]) worker.noteRoundTrip(ms, 8);
    expect(page.answersLate).toBe(false); // still two in time among the last six
    worker.noteRoundTrip(40, 8);
    expect(page.answersLate).toBe(true); // the 3 ms one fell out of the last six
  });

  it('reads the call id at the head of an answer as the host writes it', () => {
    expect(answerId(JSON.stringify({ id: 42, envelope: { ok: true, result: null } }))).toBe(42);
    expect(answerId('{"id":-1,"envelope":{}}')).toBe(-1);
    expect(answerId('not json')).toBe(-1);
  });
});
