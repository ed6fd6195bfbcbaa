import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { isJsonValue } from '../common';
import type { JsonValue } from '../common';
import { ANSWERED_KEY } from './keptFields';

/** The keys of a span spans JSONL writes itself; a span's other keys are kept. */
const OWN_SPAN_KEYS: ReadonlySet<string> = new Set([
  'start',
  'end',
  'label',
  'token_start',
  'token_end',
]);

/**
 * A span's keys spans JSONL does not write itself (ner.teach's `text`, `rank`, `score`,
 * `source`, `input_hash`, `answer`; ner.correct's `text`, `source`, …), tied to the span by
 * its offsets and label: `[start, end, label, fields]`, the fields as a JSON object's text so
 * their order holds. Where the span's keys came in another order than Loupe writes them
 * (`token_start` before `label`), the fields are the whole span object, Loupe's keys in their
 * places (see {@link SpanFieldsLookup.spanText}). A record keeps these in its spans' file
 * order, for every span (fields `''` where it had none) when that order is not by start, so
 * the export writes that order back.
 * @example [66, 68, 'PRODUCT', '{"text":"MX","rank":0,"score":0.95,"source":"core_web_sm"}']
 */
export type KeptSpanFields = [number, number, string, string];

/** What counts a span's kept fields left out because its offsets or label were edited away. */
export const SPAN_FIELDS_DROPPED =
  'span fields kept from the file (score, source, …) left out: the span’s offsets or label were edited';

/**
 * The kept fields of a span object as read (see {@link KeptSpanFields}).
 * @example spanFieldsOf({ start: 0, end: 2, label: 'X', score: 0.5 }, 0, 2, 'X') → [0, 2, 'X', '{"score":0.5}']
 */
export function spanFieldsOf(
  span: Readonly<Record<string, unknown>>,
  start: number,
  end: number,
  label: string,
): KeptSpanFields {
  const fields: Record<string, JsonValue> = {};
  const whole: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(span)) {
    if (!isJsonValue(value)) continue;
    setOwn(whole, key, value);
    if (!OWN_SPAN_KEYS.has(key)) setOwn(fields, key, value);
  }
  const own = [...OWN_SPAN_KEYS].filter((key) => key in whole);
  const loupeOrder = [...own, ...Object.keys(fields)].join(',');
  if (Object.keys(whole).join(',') !== loupeOrder)
    return [start, end, label, JSON.stringify(whole)];
  return [start, end, label, Object.keys(fields).length > 0 ? JSON.stringify(fields) : ''];
}

/**
 * Whether a span object is answered `reject` or `ignore` (ner.teach's): the annotator said it
 * is no entity, so it is kept as it was and not read as a span.
 * @example isAnsweredAway({ start: 0, end: 2, label: 'X', answer: 'reject' }) === true
 */
export function isAnsweredAway(span: Readonly<Record<string, unknown>>): boolean {
  return span.answer === 'reject' || span.answer === 'ignore';
}

/**
 * The kept fields of a span answered away ({@link isAnsweredAway}): the whole span object, so
 * it is written back as it came.
 * @example answeredSpanFields({ start: 0, end: 2, label: 'X', answer: 'reject' }, 0, 2, 'X')[3] === '{"start":0,"end":2,"label":"X","answer":"reject"}'
 */
export function answeredSpanFields(
  span: Readonly<Record<string, unknown>>,
  start: number,
  end: number,
  label: string,
): KeptSpanFields {
  const whole: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(span))
    if (isJsonValue(value)) setOwn(whole, key, value);
  return [start, end, label, JSON.stringify(whole)];
}

/**
 * The spans a record keeps fields of (see {@link KeptSpanFields}): those with fields, or all
 * when they are not in order of start or `all` asks (a record with spans answered away, which
 * keep their places among the others); none when no span has fields and they are in order.
 * @example keptSpanFields([[3, 5, 'X', ''], [0, 2, 'X', '']]).length === 2
 */
export function keptSpanFields(spans: readonly KeptSpanFields[], all = false): KeptSpanFields[] {
  const inOrder = spans.every((span, i) => i === 0 || (spans[i - 1]?.[0] ?? 0) <= span[0]);
  return inOrder && !all ? spans.filter((span) => span[3] !== '') : [...spans];
}

/**
 * A record's kept span fields as the writer takes them: by offsets and label, the index of
 * each span kept (spans of the same offsets and label in turn), and whether the record's spans
 * came without token indices (ner.teach's), so none are written.
 */
export class SpanFieldsLookup {
  private readonly byKey = new Map<string, number[]>();
  private readonly members: string[] = [];
  /** By kept span, the whole span object as the file had its keys, where they came in another order. */
  private readonly wholes: (Record<string, unknown> | null)[] = [];
  private readonly answered: [number, string][] = [];
  private left = 0;

  constructor(
    kept: readonly KeptSpanFields[],
    readonly tokenIndices: boolean,
  ) {
    kept.forEach(([start, end, label, fields], i) => {
      const parsed: unknown = fields === '' ? null : JSON.parse(fields);
      const whole = isRecord(parsed) && 'start' in parsed ? parsed : null;
      if (whole && isAnsweredAway(whole)) {
        // Not a span of the layer: written back as it came, in its place.
        this.answered.push([i, fields]);
        this.wholes.push(null);
        this.members.push('');
        return;
      }
      this.wholes.push(whole);
      // `{"a":1}` → `,"a":1`: the members after Loupe's own.
      this.members.push(whole || fields === '' || fields === '{}' ? '' : `,${fields.slice(1, -1)}`);
      const key = spanKey(start, end, label);
      const list = this.byKey.get(key);
      if (list) list.push(i);
      else this.byKey.set(key, [i]);
    });
    this.left = kept.length - this.answered.length;
  }

  /** The spans answered away ({@link isAnsweredAway}): each one's index and its object's text. */
  get answeredAway(): readonly (readonly [number, string])[] {
    return this.answered;
  }

  /** The index of the next kept span of these offsets and label; -1 when none is left. */
  take(start: number, end: number, label: string): number {
    const index = this.byKey.get(spanKey(start, end, label))?.shift();
    if (index === undefined) return -1;
    this.left--;
    return index;
  }

  /**
   * The span's object as written: Loupe's keys (`token_start`, `token_end` where the record's
   * spans had them) and the members kept for span `index` ({@link take}) after them, or,
   * where the file had them in another order, in the file's order, Loupe's values in place.
   * @example lookup.spanText(0, { start: 0, end: 3, label: 'X', token_start: 0, token_end: 0 }) → '{"start":0,"token_start":0,"token_end":0,"end":3,"label":"X"}'
   */
  spanText(index: number, own: Readonly<Record<string, number | string>>): string {
    const values: Record<string, number | string> = { ...own };
    if (!this.tokenIndices) {
      delete values.token_start;
      delete values.token_end;
    }
    const whole = this.wholes[index];
    if (!whole) return `${JSON.stringify(values).slice(0, -1)}${this.members[index] ?? ''}}`;
    const ordered: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(whole))
      if (!OWN_SPAN_KEYS.has(key)) setOwn(ordered, key, value);
      else if (key in values) setOwn(ordered, key, values[key]);
    for (const [key, value] of Object.entries(values))
      if (!(key in ordered)) setOwn(ordered, key, value);
    return JSON.stringify(ordered);
  }

  /** How many kept spans were not taken (their span was edited away). */
  get untaken(): number {
    return this.left;
  }
}

function spanKey(start: number, end: number, label: string): string {
  return `${start}:${end}:${label}`;
}

/**
 * The kept span fields of a document, or null when its spans came with none, in order, and
 * with token indices, or when `allTokenIndices` asks for them (the writer then runs as it always has).
 * @example spanFieldsLookup({ $prodigy: { spanFields: [[0, 2, 'X', '{"score":0.5}']], spanTokens: false } })?.tokenIndices === false
 */
export function spanFieldsLookup(
  metadata: DocumentMetadata | undefined,
  allTokenIndices = false,
): SpanFieldsLookup | null {
  const kept = metadata?.[ANSWERED_KEY];
  if (!isRecord(kept)) return null;
  const list = Array.isArray(kept.spanFields) ? kept.spanFields.filter(isKeptSpanFields) : [];
  const tokenIndices = allTokenIndices || kept.spanTokens !== false;
  if (list.length === 0 && tokenIndices) return null;
  return new SpanFieldsLookup(list, tokenIndices);
}

function isKeptSpanFields(value: unknown): value is KeptSpanFields {
  if (!Array.isArray(value) || value.length !== 4) return false;
  const [start, end, label, fields] = value;
  return (
    typeof start === 'number' &&
    typeof end === 'number' &&
    typeof label === 'string' &&
    typeof fields === 'string' &&
    (fields === '' || isJsonObject(fields))
  );
}

/** Whether a kept text is a JSON object's: only such is written into a span. */
function isJsonObject(text: string): boolean {
  try {
    return isRecord(JSON.parse(text));
  } catch {
    return false;
  }
}
