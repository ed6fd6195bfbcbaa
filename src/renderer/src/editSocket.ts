import {
  asEnvelope,
  EDIT_SOCKET_PATH,
  failure,
  type Envelope,
  type SocketCall,
} from '../../shared/contract';
import { isRecord } from '../../shared/collections';

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
    this.socket.send(JSON.stringify(call));
    return new Promise((resolve) => this.waiting.set(id, resolve));
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

/** The socket of this page's host, opened with the session token. */
export function openEditSocket(token: string): EditSocket {
  const url = new URL(EDIT_SOCKET_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = `?token=${encodeURIComponent(token)}`;
  return new EditSocket(new WebSocket(url));
}
