import type { Fragment, OffsetIndex } from '../../spans';
import { createOffsetIndex, fragmentOf, utf16Units } from '../../spans';
import { fragmentProblem, isSpacyCats, SPACY_CATS } from '../common';
import type { FormatRelation, FormatSpan } from '../common';

/** How a file counts offsets: doccano's browser counted UTF-16 units; doccano after its PR #108, code points. */
export type OffsetUnit = 'utf16' | 'codePoints';

/** One annotator's share of a record: spans and categories (`user` absent when the record names none). */
export interface DoccanoShare {
  readonly user?: string;
  readonly spans: FormatSpan[];
  readonly categories: string[];
}

/** A doccano record's annotations in code points, or the reasons it is not valid. */
export interface DoccanoAnnotations {
  readonly shares: DoccanoShare[];
  readonly relations: FormatRelation[];
  readonly problems: string[];
  /** Whether an offset fell inside a surrogate pair when read as UTF-16 units. */
  readonly insidePair: boolean;
}

type Json = Record<string, unknown>;
interface Context {
  readonly index: OffsetIndex;
  readonly unit: OffsetUnit;
  readonly problems: string[];
  /** Entities refused for their offsets, by id: where they are (`entities[3]`), for relations naming them. */
  readonly refused: Map<string, string>;
  insidePair: boolean;
}

/** The keys doccano versions put spans under. */
export const SPAN_KEYS = ['label', 'labels', 'column_label', 'entities', 'annotations'] as const;

/** The keys that may hold one category name instead of a list. */
const CATEGORY_KEYS: ReadonlySet<string> = new Set(['label', 'labels', 'column_label']);

/**
 * Reads every annotation-shaped key of a doccano record, 0.x and 1.x: `label`/`labels`
 * (triples, or category names, or one category name as a string), `entities` (triples or objects with ids) and `relations`,
 * `annotations` (objects with `label`, offsets and `user`; without offsets a category) and
 * `cats`. Offsets in `unit` become code points; each annotator (`user`) gets its own share.
 * @example readAnnotations('😀 IBM', { label: [[3, 6, 'ORG']] }, 'utf16').shares[0].spans → [{ label: 'ORG', fragments: [{start: 2, end: 5}] }]
 */
export function readAnnotations(text: string, record: Json, unit: OffsetUnit): DoccanoAnnotations {
  const ctx: Context = {
    index: createOffsetIndex(text),
    unit,
    problems: [],
    refused: new Map(),
    insidePair: false,
  };
  const present = SPAN_KEYS.filter((k) => record[k] !== undefined);
  const triples = present.filter((k) => k !== 'annotations' && k !== 'entities');
  if (triples.length > 0 && present.includes('entities'))
    ctx.problems.push(`has both ${triples[0]} and entities; expected one of them`);
  const shares = new Map<string, DoccanoShare>();
  const share = (user: string | undefined) => {
    const key = user ?? '';
    const known = shares.get(key) ?? { ...(user ? { user } : {}), spans: [], categories: [] };
    shares.set(key, known);
    return known;
  };
  const ids = new Map<string, number>();
  for (const key of present) {
    const items = record[key];
    // One category as a string (`"label": "positive"`): doccano's import reads it as a list of one.
    if (typeof items === 'string' && items !== '' && CATEGORY_KEYS.has(key)) {
      share(undefined).categories.push(items);
      continue;
    }
    if (!Array.isArray(items)) {
      ctx.problems.push(`${key} is not an array`);
      continue;
    }
    items.forEach((item: unknown, i) => readItem(ctx, item, `${key}[${i}]`, share, ids));
  }
  readCategories(ctx, record.cats, share(undefined));
  const relations = readRelations(record.relations, ids, ctx);
  const withContent = [...shares.values()].filter((s) => s.spans.length + s.categories.length > 0);
  return {
    shares: withContent.length > 0 ? withContent : [share(undefined)],
    relations,
    problems: ctx.problems,
    insidePair: ctx.insidePair,
  };
}

function readItem(
  ctx: Context,
  item: unknown,
  where: string,
  share: (user: string | undefined) => DoccanoShare,
  ids: Map<string, number>,
): void {
  if (typeof item === 'string' && item !== '') return void share(undefined).categories.push(item);
  if (Array.isArray(item)) {
    const [start, end, value] = item as unknown[];
    // A label id (older doccano exports) stays a label named by it, as doccano-transformer writes it.
    const label = labelOf(value);
    if (item.length !== 3 || label === undefined) {
      ctx.problems.push(
        `${where}: expected [start, end, "LABEL"], found ${JSON.stringify(item).slice(0, 60)}`,
      );
      return;
    }
    const fragment = toCodePoints(ctx, start, end, where);
    if (fragment) share(undefined).spans.push({ label, fragments: [fragment] });
    return;
  }
  if (typeof item !== 'object' || item === null) {
    ctx.problems.push(`${where}: expected [start, end, "LABEL"] or an annotation object`);
    return;
  }
  const entity = item as Json;
  const label = labelOf(entity.label);
  if (label === undefined) {
    ctx.problems.push(`${where}.label: expected a label name or id`);
    return;
  }
  const user = idOf(entity.user);
  if (entity.start_offset === undefined && entity.end_offset === undefined) {
    share(user).categories.push(label);
    return;
  }
  const fragment = toCodePoints(ctx, entity.start_offset, entity.end_offset, where);
  const id = idOf(entity.id);
  if (!fragment) {
    if (id !== undefined) ctx.refused.set(id, where);
    return;
  }
  if (id !== undefined) {
    if (ids.has(id)) {
      ctx.problems.push(`${where}: duplicate id ${id}`);
      return;
    }
    ids.set(id, 0);
  }
  share(user).spans.push({ ...(id === undefined ? {} : { id }), label, fragments: [fragment] });
}

function labelOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && value !== ''))
    return String(value);
  return undefined;
}

function readCategories(ctx: Context, cats: unknown, share: DoccanoShare): void {
  if (cats === undefined) return;
  if (!Array.isArray(cats) || cats.some((c) => labelOf(c) === undefined)) {
    ctx.problems.push(isSpacyCats(cats) ? SPACY_CATS : 'cats: expected a list of category names');
    return;
  }
  share.categories.push(...cats.map((c) => String(c)));
}

function toCodePoints(
  ctx: Context,
  start: unknown,
  end: unknown,
  where: string,
): Fragment | undefined {
  const { index } = ctx;
  if (ctx.unit === 'codePoints') {
    const problem = fragmentProblem(start, end, index.codePointLength, 'code points');
    if (problem) ctx.problems.push(`${where}: ${problem}`);
    return problem ? undefined : fragmentOf(Number(start), Number(end));
  }
  const problem = fragmentProblem(start, end, index.utf16Length, 'UTF-16 units');
  if (problem) {
    ctx.problems.push(`${where}: ${problem}`);
    return undefined;
  }
  const [from, to] = [utf16Units(Number(start)), utf16Units(Number(end))];
  const inside = [from, to].find((at) => !index.isUtf16Boundary(at));
  if (inside !== undefined) {
    ctx.insidePair = true;
    ctx.problems.push(
      `${where}: offset ${inside} falls inside a surrogate pair (doccano offsets count UTF-16 units)`,
    );
    return undefined;
  }
  return { start: index.toCodePoint(from), end: index.toCodePoint(to) };
}

function readRelations(
  value: unknown,
  ids: ReadonlyMap<string, number>,
  { problems, refused }: Context,
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
      const id = idOf(ref);
      if (id === undefined || !ids.has(id)) {
        const at = id === undefined ? undefined : refused.get(id);
        problems.push(
          at === undefined
            ? `${where}.${name}: ${JSON.stringify(ref)} is not the id of an entity of this record`
            : `${where}.${name}: ${JSON.stringify(ref)} is the id of ${at}, which is not valid (above): fix that entity, or remove the relation`,
        );
        return undefined;
      }
      return id;
    });
    const [from, to] = ends;
    if (!from || !to) return;
    const id = idOf(r.id);
    relations.push({ ...(id === undefined ? {} : { id }), type: r.type, from, to });
  });
  return relations;
}
