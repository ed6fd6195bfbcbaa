/** Int32 cells at the start of the slot's memory, then the answer's UTF-8 bytes. */
const WAITING = 0; // the call id the page waits for; -id once the socket's side writes it; 0 none
const READY = 1; // the id whose answer is written
const LENGTH = 2; // its length in bytes
const HEADER_BYTES = 12;

/** Default room for one answer: an edit's envelope is a few hundred bytes; larger go by message. */
export const ANSWER_SLOT_BYTES = 256 * 1024;

/**
 * One answer handed from the thread that holds the edit socket to the page's thread, which
 * waits for it a bounded time, in the task of the key that asked for it. The page says which
 * call it waits for; the socket's side writes the answer only after claiming that wait (so a
 * page that stopped waiting never reads half an answer, and one still waiting never misses it).
 * An answer no one waits for, or too large for the slot, goes the ordinary way, by message.
 */
export class AnswerSlot {
  private readonly cells: Int32Array;
  private readonly bytes: Uint8Array;

  constructor(readonly memory: SharedArrayBuffer) {
    this.cells = new Int32Array(memory, 0, 3);
    this.bytes = new Uint8Array(memory, HEADER_BYTES);
  }

  /** A slot in new shared memory (the page must be cross-origin isolated to make one). */
  static create(bytes = ANSWER_SLOT_BYTES): AnswerSlot {
    return new AnswerSlot(new SharedArrayBuffer(HEADER_BYTES + bytes));
  }

  /**
   * The page's side: the answer to call `id` if it comes within `ms`, else null (it will come
   * by message). The thread is held meanwhile: only for an edit whose answer is due in a few
   * milliseconds, so that the change is drawn saved in the frame after its key.
   */
  waitFor(id: number, ms: number, now: () => number = () => performance.now()): string | null {
    Atomics.store(this.cells, READY, 0);
    Atomics.store(this.cells, WAITING, id);
    const deadline = now() + ms;
    while (Atomics.load(this.cells, READY) !== id) {
      if (now() < deadline) continue;
      // Time is up: stop waiting unless the socket's side already claimed the wait to write.
      if (Atomics.compareExchange(this.cells, WAITING, id, 0) === id) return null;
    }
    const text = new TextDecoder().decode(
      this.bytes.slice(0, Atomics.load(this.cells, LENGTH)), // a copy: no decoding of shared memory
    );
    Atomics.store(this.cells, WAITING, 0);
    return text;
  }

  /** The socket's side: hands `text`, the answer to `id`, to a page waiting for it; false if none waits. */
  offer(id: number, text: string): boolean {
    if (Atomics.load(this.cells, WAITING) !== id) return false;
    const encoded = new TextEncoder().encode(text);
    if (encoded.length > this.bytes.length) return false;
    if (Atomics.compareExchange(this.cells, WAITING, id, -id) !== id) return false;
    this.bytes.set(encoded);
    Atomics.store(this.cells, LENGTH, encoded.length);
    Atomics.store(this.cells, READY, id);
    return true;
  }
}

/** The call id an answer from the host carries (`{"id":N,…}`, as the host writes it); -1 if none. */
export function answerId(text: string): number {
  const match = /^\{"id":(\d+)[,}]/.exec(text);
  return match ? Number(match[1]) : -1;
}
