/**
 * The thread that holds the page's edit socket when the page can share memory with it
 * (editSocket.ts starts it): it sends the page's calls, writes each answer into the answer
 * slot when the page looks for it there, and posts every answer by message too (the page reads
 * the slot at the start of a frame, the message when its task comes: whichever is first).
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
    slot?.offer(answerId(text), text);
    self.postMessage({ kind: 'answer', text });
  };
};
