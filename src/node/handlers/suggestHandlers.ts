import {
  MODEL_ANNOTATOR,
  type CallContext,
  type CallProgress,
  type HandlersOf,
} from '../../shared/contract';
import type { suggestMethods } from '../../shared/contract/methods/suggestMethods';
import type { OpenProject } from '../openProject';
import { listSuggestions } from '../suggest/listSuggestions';
import { SuggestionDecisions } from '../suggest/suggestionDecisions';
import { suggestionPrecision } from '../suggest/suggestionPrecision';
import { suggestProject } from '../suggest/suggestProject';

/** The running suggest of a project: its progress, and a way to cancel it. */
interface Running {
  readonly controller: AbortController;
  progress: CallProgress | null;
}

/** Pre-annotation: suggest (in a worker thread, polled and cancellable), decisions, precision. */
export function suggestHandlers(project: OpenProject): HandlersOf<typeof suggestMethods> {
  const services = () => project.services;
  const decisions = new SuggestionDecisions(() => services().session);
  let running: Running | null = null;
  const joined = (job: Running, outer: CallContext): CallContext => ({
    signal: AbortSignal.any([job.controller.signal, ...(outer.signal ? [outer.signal] : [])]),
    onProgress: (progress) => {
      job.progress = progress;
      outer.onProgress?.(progress);
    },
  });
  return {
    async suggest(request, outer) {
      const job: Running = { controller: new AbortController(), progress: null };
      running = job;
      try {
        return await suggestProject(services(), request, joined(job, outer));
      } finally {
        if (running === job) running = null;
      }
    },
    suggestProgress: () =>
      Promise.resolve(
        running ? { running: true, ...(running.progress ?? {}) } : { running: false },
      ),
    cancelSuggest() {
      if (!running || running.controller.signal.aborted)
        return Promise.resolve({ cancelled: false });
      running.controller.abort(new Error('cancelled'));
      return Promise.resolve({ cancelled: true });
    },
    acceptSuggestion: (request) => decisions.accept(request),
    rejectSuggestion: (request) => decisions.reject(request),
    acceptSuggestionsOfLabel: (request) => decisions.acceptLabel(request),
    listSuggestions: (request) => listSuggestions(services().store, request.documentId, request.as),
    suggestionPrecision: (request) =>
      suggestionPrecision(services().store, request.as ?? MODEL_ANNOTATOR),
  };
}
