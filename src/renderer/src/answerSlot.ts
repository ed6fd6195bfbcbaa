/** Int32 cells at the start of the slot's memory, then the answer's UTF-8 bytes. */
const WAITING = 0; // the call id the page waits for; -id once the socket's side writes it; 0 none
const READY = 1; // the id whose answer is written
const LENGTH = 2; // its length in bytes
const LATE = 3; // 1 while the host's recent answers come too late to be worth waiting for
const HEADER_BYTES = 16;

/** How many of the socket's latest round trips say whether answers come in time. */
const RECENT_ROUND_TRIPS = 6;
/**
 * Waiting is worth it while at least this many of them were in time: a wait that fails holds
 * the page for its whole time (and a core the host needs on a busy machine), one not made when
 * it would have worked costs "Saved" a frame, about twice that; so wait when a third come in time.
 */
const IN_TIME_TO_WAIT = 2;

/**
 * How long an edit's key may hold the page for its answer: about half a frame. The host's
 * acknowledged add is 1–2 ms and the way there and back 1–2 ms, so the change is drawn saved in
 * the frame after the key; a slower answer comes by message and marks the drawn change saved.
 */
export const EDIT_ANSWER_WAIT_MS = 8;

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
  /** The socket's side: its latest round trips, whether each came within `inTimeMs`. */
  private readonly recent: boolean[] = [];

  constructor(readonly memory: SharedArrayBuffer) {
    this.cells = new Int32Array(memory, 0, 4);
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

  /**
   * Whether the host's recent answers came too late for a wait to catch them (a loaded
   * machine): the page then draws an edit in its frame without holding its thread first.
   */
  get answersLate(): boolean {
    return Atomics.load(this.cells, LATE) === 1;
  }

  /**
   * The socket's side: one call's round trip, from its send to its answer, against the time the
   * page waits (`inTimeMs`); after a few, answers are late while fewer than a third came in time.
   */
  noteRoundTrip(ms: number, inTimeMs: number): void {
    this.recent.push(ms <= inTimeMs);
    if (this.recent.length > RECENT_ROUND_TRIPS) this.recent.shift();
    const inTime = this.recent.filter(Boolean).length;
    const late = this.recent.length >= RECENT_ROUND_TRIPS / 2 && inTime < IN_TIME_TO_WAIT;
    Atomics.store(this.cells, LATE, late ? 1 : 0);
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

/** The call id a call or an answer carries (`{"id":N,…}`, as the page and the host write them); -1 if none. */
export function answerId(text: string): number {
  const match = /^\{"id":(\d+)[,}]/.exec(text);
  return match ? Number(match[1]) : -1;
}
