import { isRecord } from '../../collections/isRecord';

/**
 * spaCy v2's training example, `[text, {"entities": [[start, end, label], …], …}]` (the
 * `TRAIN_DATA` of its tutorials, saved as JSON or one per line), as the spans record Loupe reads
 * (`{text, spans: [{start, end, label}], …}`: offsets are code points in both); the
 * annotation object's other keys come along. Undefined for any other value; an entity that is
 * not `[start, end, label]` is passed on as it is, for the spans reader to name.
 * @example trainingPairRecord(['Uber blew', { entities: [[0, 4, 'ORG']] }]) → { text: 'Uber blew', spans: [{ start: 0, end: 4, label: 'ORG' }] }
 */
export function trainingPairRecord(value: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [text, annotations]: unknown[] = value;
  if (typeof text !== 'string' || !isRecord(annotations)) return undefined;
  const { entities, ...rest } = annotations;
  if (!Array.isArray(entities)) return undefined;
  const spans = entities.map((e: unknown) =>
    Array.isArray(e) && e.length === 3 ? { start: e[0], end: e[1], label: e[2] } : e,
  );
  return { text, ...rest, spans };
}
