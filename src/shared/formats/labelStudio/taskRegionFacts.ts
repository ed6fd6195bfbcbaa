import { getOwn, isRecord } from '../../collections';
import type { FormatDocument } from '../common';
import { DEFAULT_NAMES, keptAnnotationOf } from './keptAnnotation';
import { taskJson } from './keptFile';

/** A labels control: its name (`from_name`) and the object it labels (`to_name`). */
export interface LabelsControl {
  readonly from: string;
  readonly to: string;
}

/**
 * What a task's regions tell about regions written anew into it, from every annotation and
 * prediction the task's documents keep or were read from (their file's task): the labels control
 * the task's regions of a type use most, for a label the file never had; and the `score` of each
 * prediction's region, which Label Studio keeps on a region taken from a prediction. Each is
 * looked up on first use, so a task whose spans need neither is not read again.
 * @example taskRegionFacts([amira, bo]).control('labels') → { from: 'ner', to: 'txt' }
 */
export interface TaskRegionFacts {
  /** The labels control the task's regions of `type` use most (the first of a tie), if any. */
  control(type: string): LabelsControl | undefined;
  /** The `score` of the region `regionId` of the prediction of model `model`, if it had one. */
  score(model: string, regionId: string): number | undefined;
}

/** See {@link TaskRegionFacts}. */
export function taskRegionFacts(docs: readonly FormatDocument[]): TaskRegionFacts {
  let known: Facts | undefined;
  const facts = (): Facts => (known ??= factsOf(docs));
  return {
    control: (type) => {
      const counts = facts().controls.get(type);
      let best: [string, number] | undefined;
      for (const entry of counts ?? []) if (!best || entry[1] > best[1]) best = entry;
      if (!best) return undefined;
      const [from, to] = splitKey(best[0]);
      return { from, to };
    },
    score: (model, regionId) => facts().scores.get(scoreKey(model, regionId)),
  };
}

interface Facts {
  /** By region type, how many regions each control (`from\0to`) holds. */
  readonly controls: Map<string, Map<string, number>>;
  readonly scores: Map<string, number>;
}

function factsOf(docs: readonly FormatDocument[]): Facts {
  const facts: Facts = { controls: new Map(), scores: new Map() };
  const tasks = new Set<string>();
  for (const doc of docs) {
    const kept = keptAnnotationOf(doc.metadata);
    if (kept.file) {
      const json = taskJson(kept.file, doc.text);
      if (!tasks.has(json)) {
        tasks.add(json);
        readTaskJson(json, facts);
      }
    }
    for (const prediction of kept.predictions ?? []) readAnnotation(prediction, true, facts);
    const model = kept.annotation?.model_version;
    if (kept.prediction === true && typeof model === 'string')
      for (const [id, fields] of Object.entries(kept.regions ?? {}))
        if (typeof fields.score === 'number') facts.scores.set(scoreKey(model, id), fields.score);
  }
  return facts;
}

/** The task's annotations and predictions, from its JSON as its file had it. */
function readTaskJson(json: string, facts: Facts): void {
  let task: unknown;
  try {
    task = JSON.parse(json);
  } catch {
    return;
  }
  if (!isRecord(task)) return;
  for (const key of ['annotations', 'completions', 'predictions'] as const) {
    const list = getOwn(task, key);
    if (Array.isArray(list))
      for (const annotation of list) readAnnotation(annotation, key === 'predictions', facts);
  }
}

function readAnnotation(annotation: unknown, prediction: boolean, facts: Facts): void {
  if (!isRecord(annotation) || !Array.isArray(annotation.result)) return;
  const model = annotation.model_version;
  for (const result of annotation.result) {
    if (!isRecord(result) || typeof result.type !== 'string') continue;
    const { type, from_name: from, to_name: to, id, score } = result;
    if (type.endsWith('labels') && typeof from === 'string') {
      const counts = facts.controls.get(type) ?? new Map<string, number>();
      facts.controls.set(type, counts);
      const key = controlKey(from, typeof to === 'string' ? to : DEFAULT_NAMES.object);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (prediction && typeof model === 'string' && typeof score === 'number')
      if (typeof id === 'string' || typeof id === 'number')
        facts.scores.set(scoreKey(model, String(id)), score);
  }
}

function controlKey(from: string, to: string): string {
  return `${from}\0${to}`;
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('\0');
  return [key.slice(0, at), key.slice(at + 1)];
}

function scoreKey(model: string, regionId: string): string {
  return JSON.stringify([model, regionId]);
}
