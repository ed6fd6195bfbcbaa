/** Int32 cells at the start of the slot's memory, then the answer's UTF-8 bytes. */
const WAITING = 0; // the call id the page looks for; -id once the socket's side writes it; 0 none
const READY = 1; // the id whose answer is written
const LENGTH = 2; // its length in bytes
const HEADER_BYTES = 12;

/** Default room for one answer: an edit's envelope is a few hundred bytes; larger go by message. */
export const ANSWER_SLOT_BYTES = 256 * 1024;

/**
 * One answer handed from the thread that holds the edit socket to the page's thread, which
 * reads it at the start of a frame, before the frame draws: the answer's message would reach
 * the page only after the frames an input asks for. The page says which call it looks for; the
 * socket's side writes that answer only after claiming it (so the page never reads half an
 * answer, nor a stale one). Every answer also goes by message, whether written here or not.
 */
export class AnswerSlot {
  private readonly cells: Int32Array;
  private readonly bytes: Uint8Array;

  constructor(readonly memory: SharedArrayBuffer) {
    this.cells = new Int32Array(memory, 0, HEADER_BYTES / 4);
    this.bytes = new Uint8Array(memory, HEADER_BYTES);
  }

  /** A slot in new shared memory (the page must be cross-origin isolated to make one). */
  static create(bytes = ANSWER_SLOT_BYTES): AnswerSlot {
    return new AnswerSlot(new SharedArrayBuffer(HEADER_BYTES + bytes));
  }

  /** The page's side: the answer to call `id` is the one to write here from now on. */
  lookFor(id: number): void {
    Atomics.store(this.cells, READY, 0);
    Atomics.store(this.cells, WAITING, id);
  }

  /** The page's side: the answer to call `id` if the socket's side has written it, else null. */
  take(id: number): string | null {
    if (Atomics.load(this.cells, READY) !== id) return null;
    // A copy: no decoding of shared memory. Nothing is written again until the page looks anew.
    return new TextDecoder().decode(this.bytes.slice(0, Atomics.load(this.cells, LENGTH)));
  }

  /** The socket's side: writes `text`, the answer to `id`, when the page looks for it; false if not. */
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

/** The call id a call or an answer carries (`{"id":N,…}`, as the page and the host write them); -1 if none. */
export function answerId(text: string): number {
  const match = /^\{"id":(\d+)[,}]/.exec(text);
  return match ? Number(match[1]) : -1;
}
