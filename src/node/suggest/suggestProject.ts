import { getOwn, setOwn } from '../../shared/collections';
import {
  MODEL_ANNOTATOR,
  WorkbenchError,
  type CallContext,
  type SuggestRequest,
  type SuggestResult,
} from '../../shared/contract';
import type { ProjectServices } from '../projectServices';
import { runInWorker } from './runInWorker';
import { checkMachineAnnotator, suggestionInputs } from './suggestionInputs';
import { writeSuggestions } from './writeSuggestions';

/**
 * `suggest`: reads `from`'s spans, trains and tags in a worker thread (progress, cancel),
 * then writes the suggestions into the machine annotator's layers in one commit. A cancel
 * before the commit writes nothing.
 */
export async function suggestProject(
  services: ProjectServices,
  request: SuggestRequest,
  context: CallContext,
): Promise<SuggestResult> {
  const started = performance.now();
  const { store } = services;
  const as = request.as ?? MODEL_ANNOTATOR;
  const from = request.from ?? services.currentAnnotator();
  if (!from)
    throw new WorkbenchError(
      'no_annotator',
      'name whose spans to learn from (--from ANNOTATOR, or gold), or set your annotator name',
    );
  await checkMachineAnnotator(store, from, as, services.currentAnnotator());
  const inputs = await suggestionInputs(store, from, request, services.currentAnnotator());
  const seed = request.seed ?? 1;
  const job = await runInWorker(
    {
      training: inputs.training,
      knownNames: inputs.knownNames,
      targets: inputs.targets,
      otherTexts: inputs.otherTexts,
      seed,
      crossValidate: request.crossValidate ?? true,
    },
    {
      onProgress: (p) => context.onProgress?.(p),
      ...(context.signal ? { signal: context.signal } : {}),
    },
  ).catch((error: unknown) => {
    if (context.signal?.aborted)
      throw new WorkbenchError('cancelled', 'cancelled: nothing was written');
    throw error;
  });
  const written = await writeSuggestions(store, as, job.suggestions, context.signal);
  services.session.clear();
  const byLabel: Record<string, number> = {};
  for (const s of job.suggestions.flatMap((d) => d.spans))
    setOwn(byLabel, s.label, (getOwn(byLabel, s.label) ?? 0) + 1);
  const cv = job.crossValidation;
  return {
    from,
    as,
    seed,
    trainedOn: { documents: inputs.training.length, spans: inputs.trainingSpans },
    suggested: {
      documents: job.suggestions.length,
      spans: written,
      byLabel,
      documentIds: job.suggestions.map((d) => d.id),
    },
    seconds: (performance.now() - started) / 1000,
    crossValidation: cv
      ? { folds: cv.folds, overall: cv.scores.overall, byLabel: { ...cv.scores.byLabel } }
      : null,
  };
}
