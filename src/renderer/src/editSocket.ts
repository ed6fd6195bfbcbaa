import {
  asEnvelope,
  EDIT_SOCKET_PATH,
  failure,
  type Envelope,
  type SocketCall,
} from '../../shared/contract';
import { isRecord } from '../../shared/collections';
import { AnswerSlot, answerId } from './answerSlot';

/** What the socket needs of the browser's WebSocket (a fake in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
}

const OPEN = 1;

/**
 * How many frames after a call the page looks for its answer in the answer slot (about half a
 * second); an answer later than that comes by message, as every answer also does.
 */
export const ANSWER_FRAMES = 30;

/** Asks for `callback` at the start of the next frame (requestAnimationFrame in a window). */
export type FrameRequest = (callback: () => void) => void;

/** The window's frames: {@link FrameRequest} by requestAnimationFrame. */
const nextFrame: FrameRequest = (callback) => void requestAnimationFrame(callback);

/**
 * Asks for `callback` late in the frame being made: after its layout, before its paint, where
 * a change is still painted in this frame (the browser lays it out again first). In a window:
 * a hidden box observed anew, whose first observation a ResizeObserver reports in that step
 * without anything being laid out for it.
 */
export function lateInFrame(): FrameRequest | null {
  if (typeof ResizeObserver !== 'function' || typeof document === 'undefined') return null;
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  // 1 px, not 0: a first observation reports a size other than none in every browser.
  box.style.cssText =
    'position:fixed;left:0;top:0;width:1px;height:1px;visibility:hidden;pointer-events:none;contain:strict';
  (document.body ?? document.documentElement).append(box);
  let waiting: (() => void)[] = [];
  const observer = new ResizeObserver(() => {
    const run = waiting;
    waiting = [];
    for (const callback of run) callback();
  });
  return (callback) => {
    waiting.push(callback);
    observer.unobserve(box);
    observer.observe(box);
  };
}

/**
 * The page's writes over one kept-open WebSocket to the loopback host: a call is one message
 * and its envelope one message back, in one task of the page (no request to set up, no body
 * to read after the headers). Until it is open, and once it closed, {@link call} answers null
 * and the caller sends over HTTP; calls on their way when it closes answer an error envelope.
 */
export class EditSocket {
  private next = 1;
  private readonly waiting = new Map<number, (envelope: Envelope) => void>();

  constructor(private readonly socket: SocketLike) {
    socket.onmessage = (event) => this.answered(event.data);
    socket.onclose = () => this.closed();
  }

  /** Sends a call when the socket is open; null when it is not (send it another way). */
  call(method: string, payload: unknown): Promise<Envelope> | null {
    if (this.socket.readyState !== OPEN) return null;
    const id = this.next++;
    const call: SocketCall = { id, method, payload };
    const answer = new Promise<Envelope>((resolve) => this.waiting.set(id, resolve));
    this.socket.send(JSON.stringify(call));
    return answer;
  }

  private answered(data: unknown): void {
    let id = -1;
    let envelope: Envelope;
    try {
      const answer: unknown = JSON.parse(String(data));
      if (!isRecord(answer)) throw new Error('an answer is an object');
      id = typeof answer.id === 'number' ? answer.id : -1;
      envelope = asEnvelope(answer.envelope, "Loupe's host");
    } catch (error) {
      envelope = failure('io', `Loupe's host answered what is no envelope: ${String(error)}`);
    }
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(envelope);
  }

  private closed(): void {
    const lost = failure(
      'io',
      "Loupe's host closed the connection before it answered: reload to see what was saved",
    );
    for (const resolve of this.waiting.values()) resolve(lost);
    this.waiting.clear();
  }
}

/**
 * The edit socket held by a worker thread (editSocketWorker.ts), which hands answers over in
 * shared memory as well as by message: the page reads the answer slot at the start of each
 * frame after a call, so an answer that came meanwhile is drawn in that frame, while its
 * message would be read only after it. Answers are taken in the order the calls went: the slot
 * holds the oldest one unanswered, and a later one comes by message.
 */
export class WorkerSocket implements SocketLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  private readonly slot = AnswerSlot.create();
  /** Calls sent and not answered yet, oldest first. */
  private readonly unanswered: number[] = [];
  private framesLeft = 0;
  private looking = false;

  constructor(
    private readonly worker: Worker,
    url: string,
    private readonly frame: FrameRequest = nextFrame,
    /** A second look in the same frame, after its layout (null: at its start only). */
    private readonly late: FrameRequest | null = null,
  ) {
    worker.onmessage = (event: MessageEvent) => this.heard(event.data);
    worker.onerror = () => this.heard({ kind: 'close' });
    worker.postMessage({ url, memory: this.slot.memory });
  }

  send(data: string): void {
    this.worker.postMessage(data);
    const id = answerId(data);
    this.unanswered.push(id);
    if (this.unanswered.length === 1) this.slot.lookFor(id);
    this.framesLeft = ANSWER_FRAMES;
    this.lookNextFrame();
  }

  private lookNextFrame(): void {
    if (this.looking) return;
    this.looking = true;
    this.frame(() => this.look());
  }

  /** At a frame's start: the oldest call's answer, if the worker wrote it, before the frame draws. */
  private look(): void {
    this.looking = false;
    const [oldest] = this.unanswered;
    if (oldest === undefined) return;
    // Not there yet: again once this frame is laid out, where a long frame (a large document's
    // drawing) may have given the host the time to answer, and the change still makes this frame.
    if (!this.takeFromSlot(oldest))
      this.late?.(() => this.unanswered[0] === oldest && this.takeFromSlot(oldest));
    if (--this.framesLeft > 0) this.lookNextFrame();
  }

  /** Passes on the answer to call `id` if the worker wrote it in the slot; whether it did. */
  private takeFromSlot(id: number): boolean {
    const text = this.slot.take(id);
    if (text !== null) this.answer(id, text);
    return text !== null;
  }

  /** Passes an answer on once: the message of one taken from the slot is dropped. */
  private answer(id: number, text: string): void {
    const at = this.unanswered.indexOf(id);
    if (at < 0) return;
    this.unanswered.splice(at, 1);
    const [oldest] = this.unanswered;
    if (at === 0 && oldest !== undefined) this.slot.lookFor(oldest);
    this.onmessage?.(new MessageEvent('message', { data: text }));
  }

  private heard(message: unknown): void {
    if (!isRecord(message)) return;
    if (message.kind === 'open') {
      this.readyState = OPEN;
      this.onopen?.(new Event('open'));
    } else if (message.kind === 'close') {
      this.readyState = 3;
      this.worker.terminate();
      this.onclose?.(new CloseEvent('close'));
    } else if (message.kind === 'answer' && typeof message.text === 'string')
      this.answer(answerId(message.text), message.text);
  }
}

/**
 * The socket of this page's host, opened with the session token: in a worker that hands an
 * answer over before the frame that draws it, when the page may share memory (the host serves it
 * cross-origin isolated), else on the page's own thread.
 */
export function openEditSocket(token: string): EditSocket {
  const url = new URL(EDIT_SOCKET_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = `?token=${encodeURIComponent(token)}`;
  if (!window.crossOriginIsolated || typeof SharedArrayBuffer !== 'function')
    return new EditSocket(new WebSocket(url));
  const worker = new Worker(new URL('./editSocketWorker.ts', import.meta.url), {
    type: 'module',
    name: 'Loupe edit socket',
  });
  return new EditSocket(new WorkerSocket(worker, url.href, nextFrame, lateInFrame()));
}
