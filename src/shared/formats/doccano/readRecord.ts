import type { Fragment, OffsetIndex } from '../../spans';
import { createOffsetIndex, utf16Units } from '../../spans';
import { fragmentProblem } from '../common';
import type { FormatRelation, FormatSpan } from '../common';

/** A doccano record's annotations in code points, or the reasons it is not valid. */
export interface DoccanoAnnotations {
  readonly spans: FormatSpan[];
  readonly relations: FormatRelation[];
  readonly problems: string[];
}

type Json = Record<string, unknown>;

/**
 * Reads `label`/`labels` triples `[start, end, "LABEL"]` and `entities` (objects with
 * id/start_offset/end_offset/label, or triples) plus `relations`, converting doccano's
 * UTF-16 offsets to code points. An offset inside a surrogate pair is a problem.
 * @example readAnnotations('😀 IBM', { label: [[3, 6, 'ORG']] }).spans → [{ label: 'ORG', fragments: [{start: 2, end: 5}] }]
 */
export function readAnnotations(text: string, record: Json): DoccanoAnnotations {
  const index = createOffsetIndex(text);
  const problems: string[] = [];
  const spans: FormatSpan[] = [];
  const key =
    record.label !== undefined ? 'label' : record.labels !== undefined ? 'labels' : undefined;
  if (key && record.entities !== undefined)
    problems.push(`has both ${key} and entities; expected one of them`);
  const items = key ? record[key] : record.entities;
  const where = key ?? 'entities';
  if (items !== undefined && !Array.isArray(items)) problems.push(`${where} is not an array`);
  const ids = new Map<string, number>();
  (Array.isArray(items) ? items : []).forEach((item: unknown, i) => {
    const span = readItem(index, item, `${where}[${i}]`, problems);
    if (!span) return;
    if (span.id !== undefined) {
      if (ids.has(span.id))
        return problems.push(
          `${where}[${i}]: duplicate id ${span.id} (also ${where}[${ids.get(span.id)}])`,
        );
      ids.set(span.id, i);
    }
    spans.push(span);
  });
  return { spans, relations: readRelations(record.relations, ids, problems), problems };
}

function readItem(
  index: OffsetIndex,
  item: unknown,
  where: string,
  problems: string[],
): FormatSpan | undefined {
  if (Array.isArray(item)) {
    const [start, end, label] = item as unknown[];
    if (item.length !== 3 || typeof label !== 'string' || label === '') {
      problems.push(
        `${where}: expected [start, end, "LABEL"], found ${JSON.stringify(item).slice(0, 60)}`,
      );
      return undefined;
    }
    const fragment = toCodePoints(index, start, end, where, problems);
    return fragment && { label, fragments: [fragment] };
  }
  if (typeof item !== 'object' || item === null) {
    problems.push(`${where}: expected [start, end, "LABEL"] or an entity object`);
    return undefined;
  }
  const entity = item as Json;
  const id = entity.id;
  if (typeof entity.label !== 'string' || entity.label === '') {
    problems.push(`${where}.label: expected a label name`);
    return undefined;
  }
  if (typeof id !== 'number' && typeof id !== 'string') {
    problems.push(`${where}.id: expected a number or string`);
    return undefined;
  }
  const fragment = toCodePoints(index, entity.start_offset, entity.end_offset, where, problems);
  return fragment && { id: String(id), label: entity.label, fragments: [fragment] };
}

function toCodePoints(
  index: OffsetIndex,
  start: unknown,
  end: unknown,
  where: string,
  problems: string[],
): Fragment | undefined {
  const problem = fragmentProblem(start, end, index.utf16Length, 'UTF-16 units');
  if (problem) {
    problems.push(`${where}: ${problem}`);
    return undefined;
  }
  const [from, to] = [utf16Units(Number(start)), utf16Units(Number(end))];
  const inside = [from, to].find((at) => !index.isUtf16Boundary(at));
  if (inside !== undefined) {
    problems.push(
      `${where}: offset ${inside} falls inside a surrogate pair (doccano offsets count UTF-16 units)`,
    );
    return undefined;
  }
  return { start: index.toCodePoint(from), end: index.toCodePoint(to) };
}

function readRelations(
  value: unknown,
  ids: ReadonlyMap<string, number>,
  problems: string[],
): FormatRelation[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push('relations is not an array');
    return [];
  }
  const relations: FormatRelation[] = [];
  value.forEach((item: unknown, i) => {
    const r = (typeof item === 'object' && item !== null ? item : {}) as Json;
    const where = `relations[${i}]`;
    if (typeof r.type !== 'string' || r.type === '')
      return problems.push(`${where}.type: expected a relation type`);
    const ends = [r.from_id, r.to_id].map((ref, k) => {
      const name = k === 0 ? 'from_id' : 'to_id';
      if ((typeof ref !== 'number' && typeof ref !== 'string') || !ids.has(String(ref))) {
        problems.push(
          `${where}.${name}: ${JSON.stringify(ref)} is not the id of an entity of this record`,
        );
        return undefined;
      }
      return String(ref);
    });
    const [from, to] = ends;
    if (!from || !to) return;
    const id = typeof r.id === 'number' || typeof r.id === 'string' ? String(r.id) : undefined;
    relations.push({ ...(id === undefined ? {} : { id }), type: r.type, from, to });
  });
  return relations;
}
