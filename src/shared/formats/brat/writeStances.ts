import type { FormatDocument, FormatStance, Tally } from '../common';
import type { OffsetIndex } from '../../spans';
import { coveredText } from '../common';
import type { AnnWriter } from './annWriter';
import { STANCE } from './readStances';
import type { WrittenSpan } from './writeSpans';
import { itemAt } from '../../collections';
import { writableEvents } from './writeEvents';

/**
 * Writes each stance as a brat event: a `Stance` trigger at the evidence, `Holder:`/`Target:`
 * arguments for spans, `Evidence:`/`Evidence2:`… for the evidence spans (left out when the
 * only evidence is a bare span labelled Stance, which then is the trigger), and attributes
 * Polarity, Target (topic id), HolderEntity, TargetEntity. A stance read from brat gets its
 * event's id back, and its trigger's (`triggers`, by event id, from the file's line order).
 * Returns how many were written.
 * @example E1\tStance:T4 Holder:T1 Evidence:T3 + A1\tPolarity E1 AGAINST
 */
export function writeStances(
  w: AnnWriter,
  doc: FormatDocument,
  index: OffsetIndex,
  written: ReadonlyMap<string, WrittenSpan>,
  tally: Tally,
  triggers: ReadonlyMap<string, string> = new Map(),
): number {
  const busy = referencedSpans(doc, written);
  let count = 0;
  for (const stance of doc.stances) {
    const evidence = stance.evidence.map((id) => written.get(id));
    const holder = stance.holder?.kind === 'span' ? written.get(stance.holder.spanId) : undefined;
    const target = stance.target?.kind === 'span' ? written.get(stance.target.spanId) : undefined;
    const missing =
      evidence.some((e) => !e) ||
      (stance.holder?.kind === 'span' && !holder) ||
      (stance.target?.kind === 'span' && !target);
    const first = evidence[0];
    if (missing || !first) {
      tally.add('stance referring to a span that was not written');
      continue;
    }
    const bare =
      evidence.length === 1 && first.span.label === STANCE && !busy.has(itemAt(stance.evidence, 0));
    const trigger = bare ? first.t : w.own('T', stance.id && triggers.get(stance.id));
    if (!bare)
      w.push(
        `${trigger}\t${STANCE} ${offsets(first)}\t${coveredText(doc.text, index, first.fragments)}`,
      );
    const e = w.own('E', stance.id);
    const args = [
      `${STANCE}:${trigger}`,
      ...(holder ? [`Holder:${holder.t}`] : []),
      ...(target ? [`Target:${target.t}`] : []),
      ...(bare
        ? []
        : evidence.map((s, i) => `Evidence${i === 0 ? '' : i + 1}:${(s as WrittenSpan).t}`)),
    ];
    w.push(`${e}\t${args.join(' ')}`);
    writeStanceAttributes(w, e, stance);
    if (stance.note !== undefined) w.note(e, stance.note);
    count++;
  }
  return count;
}

function writeStanceAttributes(w: AnnWriter, e: string, stance: FormatStance): void {
  w.push(`${w.next('A')}\tPolarity ${e} ${w.value(stance.polarity, 'a polarity')}`);
  if (stance.target?.kind === 'topic')
    w.push(`${w.next('A')}\tTarget ${e} ${w.value(stance.target.topicId, 'a topic id')}`);
  if (stance.target?.kind === 'entity')
    w.push(`${w.next('A')}\tTargetEntity ${e} ${stance.target.entityId}`);
  if (stance.holder?.kind === 'entity')
    w.push(`${w.next('A')}\tHolderEntity ${e} ${stance.holder.entityId}`);
}

function offsets(span: WrittenSpan): string {
  return span.fragments.map((f) => `${f.start} ${f.end}`).join(';');
}

/**
 * Spans that brat would forbid as a trigger: written with attributes, notes or references, or in
 * relations, events, sets or stance roles that are written too (one left out for a span that was
 * not written holds nothing, so reading the file back and writing it again gives the same file).
 */
function referencedSpans(
  doc: FormatDocument,
  written: ReadonlyMap<string, WrittenSpan>,
): Set<string> {
  const busy = new Set<string>();
  const all = (ids: readonly string[]) => ids.every((id) => written.has(id));
  for (const [id, span] of written) if (span.decorated) busy.add(id);
  for (const r of doc.relations) if (all([r.from, r.to])) busy.add(r.from).add(r.to);
  const events = writableEvents(doc, written);
  for (const e of doc.events ?? []) {
    if (!events.has(e.id)) continue;
    busy.add(e.trigger);
    e.arguments.forEach((a) => busy.add(a.ref));
  }
  for (const q of doc.equivalences ?? [])
    if (all(q.members)) q.members.forEach((id) => busy.add(id));
  for (const s of doc.stances) {
    const roles = [s.holder, s.target].flatMap((r) => (r?.kind === 'span' ? [r.spanId] : []));
    if (all([...s.evidence, ...roles])) roles.forEach((id) => busy.add(id));
  }
  return busy;
}
