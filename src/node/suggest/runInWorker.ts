import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  runSuggestJob,
  type SuggestJob,
  type SuggestJobProgress,
  type SuggestJobResult,
} from '../../shared/suggest';

/** A worker kept between jobs (unreferenced, so it never keeps the process alive): starting one costs more than a small job. */
let idle: { worker: Worker; forget: () => void } | null = null;

/** The idle worker, if one is kept, else a new one; referenced while it works. */
function takeWorker(): Worker {
  const kept = idle;
  idle = null;
  kept?.forget();
  const worker = kept?.worker ?? newWorker();
  worker.ref();
  return worker;
}

/** Keeps `worker` for the next job, or stops it when one is kept already. */
function keepWorker(worker: Worker): void {
  if (idle) return void worker.terminate();
  // While idle: an error is its exit's business, and an exit forgets it.
  const onError = (): void => undefined;
  const onExit = (): void => {
    if (idle?.worker === worker) idle = null;
  };
  worker.on('error', onError).once('exit', onExit);
  worker.unref();
  idle = { worker, forget: () => void worker.off('error', onError).off('exit', onExit) };
}

/** Below this much text (characters) a job runs in the calling thread: starting a worker costs more than the job. */
const SMALL_JOB = 20_000;

function jobSize(job: SuggestJob): number {
  const texts = [...job.training, ...job.targets].map((d) => d.text);
  return [...texts, ...(job.otherTexts ?? [])].reduce((n, text) => n + text.length, 0);
}

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
 * window it serves) stays responsive; an abort terminates the worker and rejects. A small
 * job (under {@link SMALL_JOB} characters) runs here instead.
 * @example await runInWorker(job, { onProgress: (p) => bar.update(p.done), signal })
 */
export function runInWorker(
  job: SuggestJob,
  monitor: { onProgress?: (p: SuggestJobProgress) => void; signal?: AbortSignal } = {},
): Promise<SuggestJobResult> {
  if (jobSize(job) < SMALL_JOB) return runHere(job, monitor);
  return new Promise((resolve, reject) => {
    if (monitor.signal?.aborted) return reject(new Error('cancelled'));
    const worker = takeWorker();
    // This job's listeners only: removing every listener would also remove the ones Node's
    // Worker relies on, and a worker kept for the next job then never answered it.
    const finish = (keep: boolean): void => {
      monitor.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) keepWorker(worker);
      else void worker.terminate();
    };
    const onAbort = (): void => {
      finish(false);
      reject(new Error('cancelled'));
    };
    const onMessage = (message: WorkerMessage): void => {
      if ('progress' in message) return monitor.onProgress?.(message.progress);
      finish('result' in message);
      if ('result' in message) resolve(message.result);
      else reject(new Error(`the learner failed: ${message.error}`));
    };
    const onError = (error: Error): void => {
      finish(false);
      reject(error);
    };
    const onExit = (code: number): void => {
      finish(false);
      reject(new Error(`the learner's worker stopped (exit code ${code})`));
    };
    monitor.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}

/** A small job in this thread (milliseconds); a cancel is honoured before its result is used. */
async function runHere(
  job: SuggestJob,
  monitor: { onProgress?: (p: SuggestJobProgress) => void; signal?: AbortSignal },
): Promise<SuggestJobResult> {
  await Promise.resolve();
  if (monitor.signal?.aborted) throw new Error('cancelled');
  const result = runSuggestJob(job, (p) => monitor.onProgress?.(p));
  if (monitor.signal?.aborted) throw new Error('cancelled');
  return result;
}

type WorkerMessage =
  { progress: SuggestJobProgress } | { result: SuggestJobResult } | { error: string };
