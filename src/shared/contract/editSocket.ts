import type { Envelope } from './envelope';

/**
 * Where the loopback host keeps one WebSocket open for the page's writes (the session token
 * in the address): an edit is one message out and its envelope one message back.
 * @example new WebSocket(`ws://127.0.0.1:${port}${EDIT_SOCKET_PATH}?token=${token}`)
 */
export const EDIT_SOCKET_PATH = '/api-socket';

/** A call sent on the socket. */
export interface SocketCall {
  readonly id: number;
  readonly method: string;
  readonly payload: unknown;
}

/** Its answer: the id it was sent with (-1: a message that was no call) and the envelope. */
export interface SocketAnswer {
  readonly id: number;
  readonly envelope: Envelope;
}
