import { crossValidate } from './crossValidate';
import { trainLabeller, type KnownName, type TrainingDocument } from './sequenceLabeller';
import type { Suggestion } from './labellerModel';
import type { SpanF1 } from '../agreement';

/** Everything a suggest run needs, as plain data (it crosses to a worker thread). */
export interface SuggestJob {
  readonly training: readonly TrainingDocument[];
  readonly knownNames: readonly KnownName[];
  readonly targets: readonly { readonly id: string; readonly text: string }[];
  /** The text of the project's other documents (neither trained on nor tagged); none when absent. */
  readonly otherTexts?: readonly string[];
  readonly seed: number;
  readonly crossValidate: boolean;
}

/** What a suggest run found: spans per target document, and the cross-validation scores. */
export interface SuggestJobResult {
  readonly suggestions: readonly { readonly id: string; readonly spans: readonly Suggestion[] }[];
  readonly crossValidation: { readonly folds: number; readonly scores: SpanF1 } | null;
  readonly featureCount: number;
}

/** A step of a suggest run, for a progress bar. */
export interface SuggestJobProgress {
  readonly phase: 'cross-validating' | 'training' | 'suggesting';
  readonly done: number;
  readonly total: number;
}

/** Folds of the cross-validation a suggest run reports. */
const FOLDS = 5;

/** Above this much training text (characters), cross-validation runs 3 folds instead of 5. */
const LARGE = 250_000;

/** Cross-validation trains single-order models of 10 passes: a slightly conservative estimate at a fraction of the cost. */
const LIGHT = { epochs: 10, votes: 1, calibrationFolds: 0 } as const;

/**
 * Every text of the project a job carries: training, targets, the others. Word classes learn
 * from all of them, and each cross-validation fold sees the held-out documents' text too,
 * as the learner bench does.
 */
export function projectTexts(job: SuggestJob): string[] {
  const texts = [job.training, job.targets].flatMap((list) => list.map((d) => d.text));
  return [...new Set([...texts, ...(job.otherTexts ?? [])])];
}

/**
 * One suggest run, start to end: cross-validates (when asked and possible), trains on every
 * training document, tags the targets. Pure and deterministic for a seed.
 * @example runSuggestJob({ training, knownNames: [], targets: [{ id: 'd2', text }], seed: 1, crossValidate: false })
 */
export function runSuggestJob(
  job: SuggestJob,
  onProgress: (progress: SuggestJobProgress) => void = () => undefined,
): SuggestJobResult {
  const unlabeledTexts = projectTexts(job);
  const options = { seed: job.seed, knownNames: job.knownNames, unlabeledTexts };
  const large = job.training.reduce((n, d) => n + d.text.length, 0) > LARGE;
  const crossValidation = job.crossValidate
    ? crossValidate(job.training, large ? 3 : FOLDS, { ...options, ...LIGHT }, (done, total) =>
        onProgress({ phase: 'cross-validating', done, total }),
      )
    : null;
  const model = trainLabeller(job.training, {
    ...options,
    onProgress: (done, total) => onProgress({ phase: 'training', done, total }),
  });
  const suggestions = job.targets.map((target, i) => {
    const spans = model.predict(target.text);
    onProgress({ phase: 'suggesting', done: i + 1, total: job.targets.length });
    return { id: target.id, spans };
  });
  return { suggestions, crossValidation, featureCount: model.featureCount };
}
