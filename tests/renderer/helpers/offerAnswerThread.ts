// A thread that offers one answer through an AnswerSlot, as the edit socket's worker does in
// the browser (started by tests/renderer/answerSlot.test.ts): it says "ready" once loaded, and
// offers `delayMs` after it is told to go, answering whether the answer was taken.
import { parentPort, workerData } from 'node:worker_threads';
import { AnswerSlot } from '../../../src/renderer/src/answerSlot';

const { memory, id, text, delayMs } = workerData as {
  memory: SharedArrayBuffer;
  id: number;
  text: string;
  delayMs: number;
};
parentPort?.once('message', () =>
  setTimeout(() => parentPort?.postMessage(new AnswerSlot(memory).offer(id, text)), delayMs),
);
parentPort?.postMessage('ready');
