import {
  asEnvelope,
  EDIT_SOCKET_PATH,
  failure,
  type Envelope,
  type SocketCall,
} from '../../shared/contract';
import { isRecord } from '../../shared/collections';
import { AnswerSlot, EDIT_ANSWER_WAIT_MS } from './answerSlot';

/** What the socket needs of the browser's WebSocket (a fake in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  /** The answer to call `id` if it comes within `ms` (the thread held meanwhile); null if not. */
  answerWithin?(id: number, ms: number): string | null;
}

export { EDIT_ANSWER_WAIT_MS } from './answerSlot';

const OPEN = 1;

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

  /**
   * Sends a call when the socket is open; null when it is not (send it another way). `wait`:
   * the call is an edit whose answer is awaited here for {@link EDIT_ANSWER_WAIT_MS}, when the
   * socket can hand it over while this thread waits; the promise is then settled already.
   */
  call(method: string, payload: unknown, wait = false): Promise<Envelope> | null {
    if (this.socket.readyState !== OPEN) return null;
    const id = this.next++;
    const call: SocketCall = { id, method, payload };
    // Answers are taken in the order the calls went: with an earlier one still unanswered
    // (it will come by message), this one is not waited for either.
    const first = this.waiting.size === 0;
    const answer = new Promise<Envelope>((resolve) => this.waiting.set(id, resolve));
    this.socket.send(JSON.stringify(call));
    const now = wait && first ? this.socket.answerWithin?.(id, EDIT_ANSWER_WAIT_MS) : null;
    if (now != null) this.answered(now);
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
 * shared memory: the page's thread can wait for an edit's answer, which it could not read
 * itself while waiting.
 */
export class WorkerSocket implements SocketLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  private readonly slot = AnswerSlot.create();

  constructor(
    private readonly worker: Worker,
    url: string,
  ) {
    worker.onmessage = (event: MessageEvent) => this.heard(event.data);
    worker.onerror = () => this.heard({ kind: 'close' });
    worker.postMessage({ url, memory: this.slot.memory });
  }

  send(data: string): void {
    this.worker.postMessage(data);
  }

  /** Null at once while the host's recent answers came too late for a wait to catch them. */
  answerWithin(id: number, ms: number): string | null {
    return this.slot.answersLate ? null : this.slot.waitFor(id, ms);
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
    } else if (message.kind === 'answer')
      this.onmessage?.(new MessageEvent('message', { data: message.text }));
  }
}

/**
 * The socket of this page's host, opened with the session token: in a worker that can hand an
 * edit's answer over while the page waits, when the page may share memory (the host serves it
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
  return new EditSocket(new WorkerSocket(worker, url.href));
}
