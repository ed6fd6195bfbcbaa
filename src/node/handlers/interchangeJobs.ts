import type { CallContext, CallProgress } from '../../shared/contract';
import type { InterchangeProgress } from '../../shared/contract/interchange';

/** The running import or export of one project: its progress and a way to cancel it. */
interface Job {
  readonly verb: 'import' | 'export';
  readonly controller: AbortController;
  progress: CallProgress | null;
}

/**
 * Tracks the import or export running in a project, so a client whose transport carries
 * neither progress nor a cancel (the app over IPC or HTTP) can poll one and ask for the other.
 * @example const ctx = jobs.begin('import', context); try { await importUploads(store, files, { ...options, ...ctx }) } finally { jobs.end(ctx) }
 */
export class InterchangeJobs {
  private current: Job | null = null;

  /** The call's own signal and progress, joined with the job's cancel and progress. */
  begin(verb: Job['verb'], context: CallContext): CallContext & { readonly job: object } {
    const job: Job = { verb, controller: new AbortController(), progress: null };
    this.current = job;
    const signals = [job.controller.signal, ...(context.signal ? [context.signal] : [])];
    return {
      job,
      signal: AbortSignal.any(signals),
      onProgress: (progress) => {
        job.progress = progress;
        context.onProgress?.(progress);
      },
    };
  }

  end(ctx: { readonly job: object }): void {
    if (this.current === ctx.job) this.current = null;
  }

  progress(): InterchangeProgress {
    const job = this.current;
    if (!job) return { running: false };
    return { running: true, verb: job.verb, ...(job.progress ?? {}) };
  }

  cancel(): { cancelled: boolean } {
    const job = this.current;
    if (!job || job.controller.signal.aborted) return { cancelled: false };
    job.controller.abort(new Error('cancelled'));
    return { cancelled: true };
  }
}
