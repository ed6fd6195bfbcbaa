import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SuggestJob, SuggestJobProgress, SuggestJobResult } from '../../shared/suggest';

/**
 * How to start the worker: `suggestWorker.cjs` beside the bundled main process, or, when
 * running from source (tsx, vitest), a bootstrap that loads `suggestWorker.ts` through tsx.
 */
function newWorker(): Worker {
  const here = fileURLToPath(import.meta.url);
  const ts = here.replace(/runInWorker\.[cm]?[jt]s$/, 'suggestWorker.ts');
  if (ts === here || !existsSync(ts))
    return new Worker(fileURLToPath(new URL('./suggestWorker.cjs', import.meta.url)));
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(ts)});`;
  return new Worker(boot, { eval: true });
}

/**
 * Runs a suggest job in a worker thread, so the process that owns the project (and the app
 * window it serves) stays responsive; an abort terminates the worker and rejects.
 * @example await runInWorker(job, { onProgress: (p) => bar.update(p.done), signal })
 */
export function runInWorker(
  job: SuggestJob,
  monitor: { onProgress?: (p: SuggestJobProgress) => void; signal?: AbortSignal } = {},
): Promise<SuggestJobResult> {
  return new Promise((resolve, reject) => {
    if (monitor.signal?.aborted) return reject(new Error('cancelled'));
    const worker = newWorker();
    const onAbort = (): void => {
      void worker.terminate();
      reject(new Error('cancelled'));
    };
    monitor.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => monitor.signal?.removeEventListener('abort', onAbort);
    worker.on('message', (message: WorkerMessage) => {
      if ('progress' in message) return monitor.onProgress?.(message.progress);
      done();
      void worker.terminate();
      if ('result' in message) resolve(message.result);
      else reject(new Error(`the learner failed: ${message.error}`));
    });
    worker.on('error', (error) => {
      done();
      reject(error);
    });
    worker.on('exit', (code) => {
      done();
      if (code !== 0) reject(new Error(`the learner's worker stopped (exit code ${code})`));
    });
    worker.postMessage(job);
  });
}

type WorkerMessage =
  { progress: SuggestJobProgress } | { result: SuggestJobResult } | { error: string };
