import type { FormatDocument, Tally } from '../common';
import type { AnnWriter } from './annWriter';
import { writeAttributes } from './writeSpans';
import type { WrittenSpan } from './writeSpans';

/**
 * Writes a document's events (E lines with their A and # lines, `keptNotes` writing the typed
 * notes kept on each), relations (R lines; those read from an event line without a trigger,
 * `triggerless` by id, as such a line under that id) and
 * equivalence sets (*), naming spans by their written T ids and events by fresh E ids.
 * Anything referring to an annotation that was not written is left out and counted. Returns
 * how many relations it wrote (an R line, or an E line for one read from such a line).
 * @example E1\tMerge-org:T3 Org-Arg:T1 Org-Arg2:T2, R1\tFamily Arg1:T6 Arg2:T7, *\tEquiv T1 T2
 */
export function writeEvents(
  w: AnnWriter,
  doc: FormatDocument,
  written: ReadonlyMap<string, WrittenSpan>,
  tally: Tally,
  keptNotes: (id: string, writtenAs: string) => void = () => undefined,
  triggerless: ReadonlySet<string> = new Set(),
): number {
  const events = doc.events ?? [];
  const writable = writableEvents(doc, written);
  tally.add('event referring to an annotation that was not written', events.length - writable.size);
  const eventIds = new Map<string, string>();
  for (const event of events)
    if (writable.has(event.id)) eventIds.set(event.id, w.own('E', event.id));
  const ref = (id: string) => written.get(id)?.t ?? eventIds.get(id);
  for (const event of events) {
    const e = eventIds.get(event.id);
    if (e === undefined) continue;
    const args = event.arguments.map((a) => `${w.type(a.role, 'event role')}:${ref(a.ref)}`);
    const head = `${w.type(event.type, 'event type')}:${ref(event.trigger)}`;
    w.push(`${e}\t${[head, ...args].join(' ')}`);
    writeAttributes(w, e, event.attributes, tally);
    if (event.note !== undefined) w.note(e, event.note);
    keptNotes(event.id, e);
  }
  let relations = 0;
  for (const relation of doc.relations) {
    const [from, to] = [ref(relation.from), ref(relation.to)];
    if (from === undefined || to === undefined) {
      tally.add('relation referring to a span that was not written');
      continue;
    }
    const asEvent = relation.id !== undefined && triggerless.has(relation.id);
    const r = w.own(asEvent ? 'E' : 'R', relation.id);
    const roles = [relation.fromRole ?? 'Arg1', relation.toRole ?? 'Arg2'];
    const [a, b] = roles.map((role) => w.type(role, 'relation role'));
    w.push(`${r}\t${w.type(relation.type, 'relation type')} ${a}:${from} ${b}:${to}`);
    writeAttributes(w, r, relation.attributes, tally);
    if (relation.note !== undefined) w.note(r, relation.note);
    if (relation.id !== undefined) keptNotes(relation.id, r);
    relations++;
  }
  for (const set of doc.equivalences ?? []) {
    const members = set.members.map((id) => written.get(id)?.t);
    if (members.some((m) => m === undefined)) {
      tally.add('equivalence set referring to a span that was not written');
      continue;
    }
    w.push(`*\t${w.type(set.type, 'equivalence type')} ${members.join(' ')}`);
  }
  return relations;
}

/** Events whose trigger and arguments were written (or are events that will be), found by fixpoint. */
export function writableEvents(
  doc: FormatDocument,
  written: ReadonlyMap<string, WrittenSpan>,
): Set<string> {
  const events = doc.events ?? [];
  let ok = new Set(events.filter((e) => written.has(e.trigger)).map((e) => e.id));
  for (;;) {
    const next = new Set(
      events
        .filter((e) => ok.has(e.id))
        .filter((e) => e.arguments.every((a) => written.has(a.ref) || ok.has(a.ref)))
        .map((e) => e.id),
    );
    if (next.size === ok.size) return next;
    ok = next;
  }
}
