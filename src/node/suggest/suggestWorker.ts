import { parentPort } from 'node:worker_threads';
import { runSuggestJob, type SuggestJob } from '../../shared/suggest';

/** The worker thread of `suggest`: for each job in, progress messages and one result out. */
parentPort?.on('message', (job: SuggestJob) => {
  try {
    const result = runSuggestJob(job, (progress) => parentPort?.postMessage({ progress }));
    parentPort?.postMessage({ result });
  } catch (error) {
    const trace = error instanceof Error ? error.stack : undefined;
    parentPort?.postMessage({ error: trace ?? String(error) });
  }
});
