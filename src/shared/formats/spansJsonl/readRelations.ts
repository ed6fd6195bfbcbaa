import { getOwn, isRecord, setOwn } from '../../collections';
import { isJsonValue, type FormatRelation, type FormatSpan, type JsonValue } from '../common';

/**
 * Reads Prodigy's relations (`rel.manual`): `{head, child, head_span, child_span, label}`,
 * each end a span of the record named by its `start`, `end` and `label`. Spans without an id
 * are given `s1`, `s2`… (their place in `spans`) so relations can name them. A relation an end
 * of which is tokens and no span (no label: `rel.manual` relates any tokens) is `kept` as it was.
 * A relation's other fields (`color`) are kept by label (`fields`); two relations of one label
 * whose fields differ are a problem, as one would be written back with the other's.
 * @example readRelations([{ head_span: { start: 0, end: 3, label: 'ORG' }, child_span: { start: 7, end: 13, label: 'GPE' }, label: 'BASED_IN' }], spans, problems) → { spans: [{ id: 's1', … }, { id: 's2', … }], relations: [{ type: 'BASED_IN', from: 's1', to: 's2' }] }
 */
export function readRelations(
  value: unknown,
  spans: readonly FormatSpan[],
  problems: string[],
  length: number,
): RelationsRead {
  const none = { spans: [...spans], relations: [], kept: [], fields: {} };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return none;
  if (!Array.isArray(value)) {
    problems.push('relations is not an array');
    return none;
  }
  const named = withIds(spans);
  const relations: FormatRelation[] = [];
  const kept: unknown[] = [];
  const fields: Record<string, Record<string, JsonValue>> = {};
  value.forEach((item: unknown, i) => {
    const r = isRecord(item) ? item : {};
    const where = `relations[${i}]`;
    if (typeof r.label !== 'string' || r.label === '')
      return problems.push(`${where}.label: expected a relation label`);
    const ends = [r.head_span, r.child_span];
    if (
      ends.some((end) => isTokenEnd(end, named, length)) &&
      ends.every((end) => onText(end, length))
    )
      return kept.push(item);
    const from = endOf(r.head_span, named, `${where}.head_span`, problems);
    const to = endOf(r.child_span, named, `${where}.child_span`, problems);
    if (!from || !to) return;
    relations.push({ type: r.label, from, to });
    const extra = extraFields(r);
    const known = getOwn(fields, r.label);
    if (known === undefined) setOwn(fields, r.label, extra);
    else if (JSON.stringify(known) !== JSON.stringify(extra))
      problems.push(
        `${where}: its fields ${JSON.stringify(extra)} differ from those of an earlier ${r.label} relation of this record (${JSON.stringify(known)}); Loupe keeps one set per label (rel.manual writes one color per label): make them agree`,
      );
  });
  const withFields: Record<string, Record<string, JsonValue>> = {};
  for (const [label, extra] of Object.entries(fields))
    if (Object.keys(extra).length > 0) setOwn(withFields, label, extra);
  return { spans: named, relations, kept, fields: withFields };
}

/** What {@link readRelations} found. */
export interface RelationsRead {
  readonly spans: FormatSpan[];
  readonly relations: FormatRelation[];
  /** Relations between tokens that are no span, as they were. */
  readonly kept: unknown[];
  /** By label, a relation's fields Loupe does not read (rel.manual's `color`), in their order. */
  readonly fields: Record<string, Record<string, JsonValue>>;
}

/** The fields Loupe reads or writes itself of a rel.manual relation. */
const RELATION_KEYS: ReadonlySet<string> = new Set([
  'head',
  'child',
  'head_span',
  'child_span',
  'label',
]);

function extraFields(relation: Readonly<Record<string, unknown>>): Record<string, JsonValue> {
  const extra: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(relation))
    if (!RELATION_KEYS.has(key) && isJsonValue(value)) setOwn(extra, key, value);
  return extra;
}

/**
 * Whether a relation end is a token (or tokens) and no span: no label (`rel.manual` writes
 * `"label": null` there) and offsets no span of the record has. An end with a label names a
 * span, which must then be in `spans`.
 */
function isTokenEnd(value: unknown, spans: readonly FormatSpan[], length: number): boolean {
  if (!onText(value, length) || !isRecord(value)) return false;
  const { start, end, label } = value;
  if (typeof label === 'string' && label !== '') return false;
  return !spans.some((s) => {
    const f = s.fragments[0];
    return s.fragments.length === 1 && f?.start === start && f?.end === end;
  });
}

/** Whether a relation end has offsets inside the text (code points). */
function onText(value: unknown, length: number): boolean {
  if (!isRecord(value)) return false;
  const { start, end } = value;
  return (
    typeof start === 'number' &&
    typeof end === 'number' &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= length
  );
}

function withIds(spans: readonly FormatSpan[]): FormatSpan[] {
  const taken = new Set(spans.map((s) => s.id).filter((id) => id !== undefined));
  let next = 1;
  return spans.map((span) => {
    if (span.id !== undefined) return span;
    while (taken.has(`s${next}`)) next++;
    const id = `s${next++}`;
    taken.add(id);
    return { ...span, id };
  });
}

/** The id of the span a relation end names, or undefined with a problem said. */
function endOf(
  value: unknown,
  spans: readonly FormatSpan[],
  where: string,
  problems: string[],
): string | undefined {
  const end = isRecord(value) ? value : {};
  const { start, end: stop, label } = end;
  if (typeof start !== 'number' || typeof stop !== 'number') {
    problems.push(`${where}: expected a span with start and end`);
    return undefined;
  }
  const at = spans.filter((s) => {
    const f = s.fragments[0];
    return s.fragments.length === 1 && f?.start === start && f.end === stop;
  });
  const found = typeof label === 'string' ? at.filter((s) => s.label === label) : at;
  if (found.length === 1) return found[0]?.id;
  const named = `${start}-${stop}${typeof label === 'string' ? ` labelled ${label}` : ''}`;
  problems.push(
    found.length === 0
      ? `${where}: ${named} is not a span of this record (add it to spans, or remove the relation)`
      : `${where}: ${named} is ${found.length} spans of this record; a relation needs one`,
  );
  return undefined;
}
