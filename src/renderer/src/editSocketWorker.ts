/**
 * The thread that holds the page's edit socket when the page can share memory with it
 * (editSocket.ts starts it): it sends the page's calls, and hands each answer to the page
 * through the answer slot when the page waits for it there, else by message. Being apart from
 * the page's thread, it reads an answer while that thread is held waiting for it.
 *
 * Messages in: first `{ url, memory }`, then each call as the text to send.
 * Messages out: `{ kind: 'open' }`, `{ kind: 'close' }`, `{ kind: 'answer', text }`.
 */
import { AnswerSlot, answerId } from './answerSlot';
import { isRecord } from '../../shared/collections';

let socket: WebSocket | null = null;

self.onmessage = (event: MessageEvent) => {
  const message: unknown = event.data;
  if (typeof message === 'string') return socket?.send(message);
  if (!isRecord(message) || typeof message.url !== 'string' || socket) return;
  const slot = message.memory instanceof SharedArrayBuffer ? new AnswerSlot(message.memory) : null;
  socket = new WebSocket(message.url);
  socket.onopen = () => self.postMessage({ kind: 'open' });
  socket.onclose = () => self.postMessage({ kind: 'close' });
  socket.onmessage = (answer: MessageEvent) => {
    const text = String(answer.data);
    if (!slot?.offer(answerId(text), text)) self.postMessage({ kind: 'answer', text });
  };
};
