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

/** Polls `slot` for the answer to `id` until `ms` passed, as the page does at each frame. */
async function takeWithin(slot: AnswerSlot, id: number, ms: number): Promise<string | null> {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    const text = slot.take(id);
    if (text !== null) return text;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return null;
}

describe('AnswerSlot', () => {
  it('hands an answer from another thread to the page thread that looks for it', async () => {
    const slot = AnswerSlot.create(1024);
    const text = '{"id":7,"envelope":{"ok":true,"result":"Zürich ✓"}}';
    const thread = await answerThread(slot.memory, 7, text, 20);
    slot.lookFor(7);
    expect(slot.take(7)).toBeNull(); // not written yet: the page goes on with its frame
    thread.go();
    expect(await thread.offered).toBe(true);
    expect(await takeWithin(slot, 7, 10_000)).toBe(text);
  });

  it('refuses an answer to another call than the one looked for, and one too large for the slot', () => {
    const slot = AnswerSlot.create(16);
    expect(slot.offer(1, '{"id":1}')).toBe(false); // nobody looks
    slot.lookFor(2);
    expect(slot.offer(1, '{"id":1}')).toBe(false);
    expect(slot.offer(2, `{"id":2,"x":"${'a'.repeat(32)}"}`)).toBe(false);
    expect(slot.take(1)).toBeNull();
    expect(slot.take(2)).toBeNull();
  });

  it("writes one answer per look: the page reads it whole, and never the last call's for the next", () => {
    const slot = AnswerSlot.create(64);
    slot.lookFor(4);
    expect(slot.offer(4, '{"id":4}')).toBe(true);
    expect(slot.offer(4, '{"id":4,"again":true}')).toBe(false); // written once
    expect(slot.take(4)).toBe('{"id":4}');
    slot.lookFor(5);
    expect(slot.take(4)).toBeNull();
    expect(slot.take(5)).toBeNull();
    expect(slot.offer(5, '{"id":5}')).toBe(true);
    expect(slot.take(5)).toBe('{"id":5}');
  });

  it('reads the call id at the head of an answer as the host writes it', () => {
    expect(answerId(JSON.stringify({ id: 42, envelope: { ok: true, result: null } }))).toBe(42);
    expect(answerId('{"id":-1,"envelope":{}}')).toBe(-1);
    expect(answerId('not json')).toBe(-1);
  });
});
