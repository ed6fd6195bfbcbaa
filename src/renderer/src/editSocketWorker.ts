/**
 * The thread that holds the page's edit socket when the page can share memory with it
 * (editSocket.ts starts it): it sends the page's calls, and hands each answer to the page
 * through the answer slot when the page waits for it there, else by message. Being apart from
 * the page's thread, it reads an answer while that thread is held waiting for it. It times each
 * call's round trip, which tells the page (through the slot) whether waiting is worth it.
 *
 * Messages in: first `{ url, memory }`, then each call as the text to send.
 * Messages out: `{ kind: 'open' }`, `{ kind: 'close' }`, `{ kind: 'answer', text }`.
 */
import { AnswerSlot, EDIT_ANSWER_WAIT_MS, answerId } from './answerSlot';
import { isRecord } from '../../shared/collections';

let socket: WebSocket | null = null;
/** When each call on its way was sent, by id: its round trip tells the page whether to wait. */
const sentAt = new Map<number, number>();

self.onmessage = (event: MessageEvent) => {
  const message: unknown = event.data;
  if (typeof message === 'string') {
    sentAt.set(answerId(message), performance.now());
    return socket?.send(message);
  }
  if (!isRecord(message) || typeof message.url !== 'string' || socket) return;
  const slot = message.memory instanceof SharedArrayBuffer ? new AnswerSlot(message.memory) : null;
  socket = new WebSocket(message.url);
  socket.onopen = () => self.postMessage({ kind: 'open' });
  socket.onclose = () => self.postMessage({ kind: 'close' });
  socket.onmessage = (answer: MessageEvent) => {
    const text = String(answer.data);
    const id = answerId(text);
    const sent = sentAt.get(id);
    sentAt.delete(id);
    if (slot && sent !== undefined)
      slot.noteRoundTrip(performance.now() - sent, EDIT_ANSWER_WAIT_MS);
    if (!slot?.offer(id, text)) self.postMessage({ kind: 'answer', text });
  };
};
