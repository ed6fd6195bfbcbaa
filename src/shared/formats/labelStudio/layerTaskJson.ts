import { isRecord } from '../../collections';
import { jsonStyleOf, restyled } from '../common';

/** The task keys whose lists hold people's annotations (1.x, and Label Studio 0.x's). */
const PEOPLE_KEYS = ['annotations', 'completions'] as const;

/**
 * A task's JSON as a layer other than the task's first person's keeps it (see `KeptFile`'s
 * `raw`): the layer's own annotation (`own`, its place among the task's `annotations` then
 * `completions`) as the file wrote it, and every other annotation cut to a stub that keeps only
 * who made it (`completed_by`) and whether it was cancelled, with no result. So a task several
 * people annotated is stored whole once, in its first person's layer, and each other layer
 * still reads alone: it knows the task's other fields, its predictions, its own annotation as
 * written and whose annotations the task had (an export of it alone counts them). The layout
 * (indentation, spacing, escapes) stays the file's. The text itself when there is nothing to cut.
 * @example layerTaskJson('{"annotations": [{"completed_by": 1, "result": [r1]}, {"completed_by": 2, "result": [r2]}]}', 1) === '{"annotations": [{"completed_by": 1, "result": []}, {"completed_by": 2, "result": [r2]}]}'
 */
export function layerTaskJson(raw: string, own: number | undefined): string {
  const elements = PEOPLE_KEYS.flatMap((key) => arrayElements(raw, key));
  const style = jsonStyleOf(raw);
  let out = raw;
  for (let k = elements.length - 1; k >= 0; k--) {
    const place = elements[k];
    if (k === own || !place) continue;
    const stub = stubOf(raw.slice(place.start, place.end));
    if (stub === undefined) return raw;
    out = out.slice(0, place.start) + restyled(stub, style) + out.slice(place.end);
  }
  return out;
}

/** A stub of an annotation's JSON (see {@link layerTaskJson}), or undefined when it is not an object. */
function stubOf(json: string): string | undefined {
  let annotation: unknown;
  try {
    annotation = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(annotation)) return undefined;
  const { completed_by: by, was_cancelled: cancelled } = annotation;
  return JSON.stringify({
    ...(by === undefined ? {} : { completed_by: by }),
    ...(cancelled === true ? { was_cancelled: true } : {}),
    result: [],
  });
}

/**
 * Where the objects of the list under `key` of a task's JSON are (UTF-16 offsets, end
 * exclusive), in order; none when the task has no such list.
 */
function arrayElements(raw: string, key: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let stringStart = -1;
  let lastString = '';
  let currentKey = '';
  let inList = false;
  let start = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (stringStart >= 0) {
      if (c === '\\') i++;
      else if (c === '"') {
        if (depth === 1) lastString = raw.slice(stringStart, i + 1);
        stringStart = -1;
      }
      continue;
    }
    if (c === '"') stringStart = i;
    else if (c === ':' && depth === 1) currentKey = parsedKey(lastString);
    else if (c === '{' || c === '[') {
      if (depth === 1 && c === '[') inList = currentKey === key;
      if (depth === 2 && inList && c === '{') start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 2 && inList && c === '}' && start >= 0) {
        out.push({ start, end: i + 1 });
        start = -1;
      }
      if (depth === 1) inList = false;
    }
  }
  return out;
}

function parsedKey(json: string): string {
  try {
    const key: unknown = JSON.parse(json);
    return typeof key === 'string' ? key : '';
  } catch {
    return '';
  }
}
