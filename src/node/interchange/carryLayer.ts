import type { Unplaced } from '../../shared/contract/interchange';
import type { Fragment } from '../../shared/spans';
import type { Holder, Layer, Span, Target } from '../../shared/model';
import type { TextAlignment } from './alignTexts';
import type { WorkingLayer } from './workingLayer';
import { itemAt } from '../../shared/collections';

/** What moved from an earlier version's layer to the new version's, and what could not. */
export interface Carried {
  readonly spans: number;
  readonly stances: number;
  readonly unplaced: Unplaced[];
}

/**
 * Carries one annotator's layer of an earlier version onto the new version's text: each
 * span whose every fragment can be placed, then the relations and stances whose spans all
 * came along. The rest is listed with the text it covered, for the annotator to redo.
 * @example carryLayer(old, alignTexts(a, b), a, layer).unplaced → [{ kind: 'span', label: 'ORG', text: 'Reuters', … }]
 */
export function carryLayer(
  old: Layer,
  alignment: TextAlignment,
  oldText: string,
  layer: WorkingLayer,
): Carried {
  const points = [...oldText];
  const covered = (fragments: readonly Fragment[]) =>
    fragments.map((f) => points.slice(f.start, f.end).join('')).join(' … ');
  const ids = new Map<string, string>();
  const unplaced: Unplaced[] = [];
  let spans = 0;
  for (const span of old.spans) {
    const fragments = span.fragments
      .map((f) => alignment.place(f))
      .filter((f): f is Fragment => f !== null);
    if (fragments.length !== span.fragments.length || !ordered(fragments)) {
      unplaced.push({
        annotator: old.annotator,
        kind: 'span',
        id: span.id,
        label: span.label,
        text: covered(span.fragments),
      });
      continue;
    }
    const { id, ...fields } = span;
    const result = layer.addSpan({ ...fields, fragments } satisfies Omit<Span, 'id'>, id);
    ids.set(id, result.id);
    if (result.added) spans++;
  }
  carryEvents(old, ids, layer, unplaced);
  for (const relation of old.relations) {
    const from = ids.get(relation.from);
    const to = ids.get(relation.to);
    if (from && to)
      layer.addRelation(
        { type: relation.type, from, to, ...(relation.note ? { note: relation.note } : {}) },
        relation.id,
      );
    else
      unplaced.push({
        annotator: old.annotator,
        kind: 'relation',
        id: relation.id,
        label: relation.type,
        text: '',
      });
  }
  let stances = 0;
  for (const stance of old.stances) {
    const evidence = stance.evidence
      .map((id) => ids.get(id))
      .filter((id): id is string => id !== undefined);
    const holder = stance.holder && role(stance.holder, ids);
    const target = stance.target && role(stance.target, ids);
    if (evidence.length !== stance.evidence.length || holder === null || target === null) {
      const spansById = new Map(old.spans.map((s) => [s.id, s]));
      const text = stance.evidence
        .map((id) => covered(spansById.get(id)?.fragments ?? []))
        .join(' … ');
      unplaced.push({
        annotator: old.annotator,
        kind: 'stance',
        id: stance.id,
        label: stance.polarity,
        text,
      });
      continue;
    }
    const { id, ...fields } = stance;
    if (
      layer.addStance(
        {
          ...fields,
          evidence,
          ...(holder ? { holder } : {}),
          ...(target ? { target } : {}),
        },
        id,
      )
    )
      stances++;
  }
  if (old.metadata) layer.mergeMetadata(old.metadata);
  if (old.status !== layer.status || Object.keys(old.documentLabels).length > 0) {
    layer.status = old.status === 'done' ? 'in_progress' : old.status;
    layer.documentLabels = { ...old.documentLabels, ...layer.documentLabels };
    layer.changed = true;
  }
  return { spans, stances, unplaced };
}

/** Events (in an order where the events they name come first) and equivalence sets whose spans all came along. */
function carryEvents(
  old: Layer,
  ids: Map<string, string>,
  layer: WorkingLayer,
  unplaced: Unplaced[],
): void {
  let pending = [...(old.events ?? [])];
  while (pending.length > 0) {
    const ready = pending.filter((e) =>
      [e.trigger, ...e.arguments.map((a) => a.ref)].every((ref) => ids.has(ref)),
    );
    for (const event of ready) {
      const { id, ...fields } = event;
      const ref = (at: string) => ids.get(at) ?? at;
      const result = layer.addEvent(
        {
          ...fields,
          trigger: ref(event.trigger),
          arguments: event.arguments.map((a) => ({ role: a.role, ref: ref(a.ref) })),
        },
        id,
      );
      ids.set(id, result.id);
    }
    if (ready.length === 0) break;
    pending = pending.filter((e) => !ready.includes(e));
  }
  for (const event of pending)
    unplaced.push({
      annotator: old.annotator,
      kind: 'event',
      id: event.id,
      label: event.type,
      text: '',
    });
  for (const set of old.equivalences ?? []) {
    const members = set.members.map((m) => ids.get(m));
    if (members.every((m): m is string => m !== undefined))
      layer.addEquivalence({ type: set.type, members });
    else
      unplaced.push({
        annotator: old.annotator,
        kind: 'equivalence set',
        id: set.members.join(' '),
        label: set.type,
        text: '',
      });
  }
}

function ordered(fragments: readonly Fragment[]): boolean {
  return fragments.every((f, i) => i === 0 || itemAt(fragments, i - 1).end <= f.start);
}

/** A holder or target with its span id moved to the new layer; null when its span was not carried. */
function role<T extends Holder | Target>(value: T, ids: ReadonlyMap<string, string>): T | null {
  if (value.kind !== 'span') return value;
  const spanId = ids.get(value.spanId);
  return spanId ? { ...value, spanId } : null;
}
