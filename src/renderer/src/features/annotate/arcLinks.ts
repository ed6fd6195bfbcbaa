import type { AnnotationEvent, Equivalence, Relation } from '../../../../shared/model';

/** One arc drawn over the text: from one span to another, named by a relation type or an event role. */
export interface ArcLink {
  /** The relation's id, or the event's id and the argument's place (`E1:0`); arcs drawn alike share one arc, ids space-separated. */
  readonly id: string;
  readonly label: string;
  readonly from: string;
  readonly to: string;
  /** A link without a direction (members of an equivalence set): drawn dashed, without an arrow. */
  readonly symmetric?: boolean;
}

/**
 * The arcs of a layer, as brat draws them: each relation from its first span to its second,
 * and each event argument from the event's trigger to the argument. An end that names an
 * event is drawn at the event's trigger; an end that names nothing drawable is left out.
 * Arcs that would be drawn alike (two events on one trigger with the same argument) are one
 * arc, so the second does not hide under the first. An equivalence set (brat `*`) is drawn
 * as brat draws it: an undirected arc from each member to the next.
 * @example arcLinks([{ id: 'R1', type: 'Family', from: 'T6', to: 'T7' }], []) → [{ id: 'R1', label: 'Family', from: 'T6', to: 'T7' }]
 */
export function arcLinks(
  relations: readonly Relation[],
  events: readonly AnnotationEvent[],
  spanIds: ReadonlySet<string>,
  equivalences: readonly Equivalence[] = [],
): ArcLink[] {
  const triggers = new Map(events.map((e) => [e.id, e.trigger]));
  const at = (id: string): string | undefined => {
    const spanId = triggers.get(id) ?? id;
    return spanIds.has(spanId) ? spanId : undefined;
  };
  const links = new Map<string, ArcLink>();
  const add = (
    id: string,
    label: string,
    fromId: string,
    toId: string,
    symmetric = false,
  ): void => {
    const from = at(fromId);
    const to = at(toId);
    if (from === undefined || to === undefined || from === to) return;
    const key = JSON.stringify([from, to, label, symmetric]);
    const alike = links.get(key);
    const link = { id: alike ? `${alike.id} ${id}` : id, label, from, to };
    links.set(key, symmetric ? { ...link, symmetric } : link);
  };
  for (const r of relations) add(r.id, r.type, r.from, r.to);
  for (const e of events)
    e.arguments.forEach((arg, n) => add(`${e.id}:${n}`, arg.role, e.id, arg.ref));
  equivalences.forEach((q, i) =>
    q.members.slice(1).forEach((to, n) => add(`*${i}:${n}`, q.type, q.members[n]!, to, true)),
  );
  return [...links.values()];
}
