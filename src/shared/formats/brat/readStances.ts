import { idSchema } from '../../model';
import type { Holder, Target } from '../../model';
import type { FormatStance } from '../common';
import type { AnnArgument, AnnLine } from './annLine';
import type { AnnContext } from './annContext';

type EventLine = Extract<AnnLine, { kind: 'E' }>;
type AttributeLine = Extract<AnnLine, { kind: 'A' }>;

/** The event type, and its trigger's label, that make a brat event a Loupe stance. */
export const STANCE = 'Stance';
const EVIDENCE_ROLE = /^Evidence([0-9]*)$/;

/** Stances read from E lines, and the triggers that only mark a stance (not spans). */
export interface StanceReading {
  readonly stances: FormatStance[];
  readonly triggersOnly: Set<string>;
}

/**
 * Reads `E<n>\tStance:T<t> [Holder:T<h>] [Target:T<g>] [Evidence:T<e> Evidence2:…]` with its
 * attributes `Polarity` (required), `Target` (a topic id), `HolderEntity`, `TargetEntity`
 * and notes. Evidence is the Evidence arguments, or else the trigger itself.
 * @example E1\tStance:T3 Holder:T1 + A1\tPolarity E1 AGAINST → { holder: {kind:'span',spanId:'T1'}, polarity: 'AGAINST', evidence: ['T3'] }
 */
export function readStances(
  ctx: AnnContext,
  events: readonly EventLine[],
  attributes: readonly AttributeLine[],
  notes: ReadonlyMap<string, string>,
): StanceReading {
  const stances: FormatStance[] = [];
  const withEvidence = new Set<string>();
  const triggerIsEvidence = new Set<string>();
  for (const event of events) {
    if (event.type !== STANCE) {
      ctx.warn(
        event.line,
        `${event.id} is a ${event.type} event, not a Stance; Loupe imports only its trigger span`,
      );
      continue;
    }
    const trigger = ctx.byId.get(event.trigger);
    if (trigger?.kind === 'T' && trigger.label !== STANCE) {
      ctx.fail(
        event.line,
        `${event.id}: trigger ${event.trigger} is labelled ${trigger.label}, not ${STANCE}`,
      );
      continue;
    }
    const stance = readStance(
      ctx,
      event,
      attributes.filter((a) => a.target === event.id),
      notes.get(event.id),
    );
    if (!stance) continue;
    (stance.evidence[0] === event.trigger ? triggerIsEvidence : withEvidence).add(event.trigger);
    stances.push(stance);
  }
  const triggersOnly = new Set([...withEvidence].filter((t) => !triggerIsEvidence.has(t)));
  return { stances, triggersOnly };
}

function readStance(
  ctx: AnnContext,
  event: EventLine,
  attributes: readonly AttributeLine[],
  note: string | undefined,
): FormatStance | undefined {
  if (!ctx.spans.has(event.trigger)) {
    if (!ctx.byId.has(event.trigger))
      ctx.fail(event.line, `${event.id} refers to ${event.trigger}, which is not defined`);
    return undefined;
  }
  const holders: Holder[] = [];
  const targets: Target[] = [];
  const evidence: { order: number; spanId: string }[] = [];
  for (const arg of event.args) {
    const spanId = spanArgument(ctx, event, arg);
    if (!spanId) continue;
    const numbered = EVIDENCE_ROLE.exec(arg.role);
    if (arg.role === 'Holder') holders.push({ kind: 'span', spanId });
    else if (arg.role === 'Target') targets.push({ kind: 'span', spanId });
    else if (numbered) evidence.push({ order: Number(numbered[1] || '1'), spanId });
    else
      ctx.warn(
        event.line,
        `${event.id}: role ${arg.role} is not a stance role (Holder, Target, Evidence); ignored`,
      );
  }
  let polarity: string | undefined;
  const named = new Map<string, string>();
  for (const a of attributes) {
    const earlier = named.get(a.name);
    if (earlier) {
      ctx.fail(a.line, `${a.id}: ${event.id} already has attribute ${a.name} (${earlier})`);
      continue;
    }
    named.set(a.name, a.id);
    if (a.value === true) {
      ctx.fail(a.line, `${a.id}: ${a.name} on a stance needs a value`);
      continue;
    }
    if (a.name === 'Polarity') polarity = a.value;
    else if (a.name === 'Target') targets.push({ kind: 'topic', topicId: a.value });
    else if (a.name === 'HolderEntity' || a.name === 'TargetEntity') {
      const entityId = entityOf(ctx, a);
      if (entityId)
        (a.name === 'HolderEntity' ? holders : targets).push({ kind: 'entity', entityId });
    } else ctx.warn(a.line, `${a.id}: attribute ${a.name} on a stance is not imported`);
  }
  if (holders.length > 1) return fail(ctx, event, 'has more than one holder');
  if (targets.length > 1) return fail(ctx, event, 'has more than one target');
  if (polarity === undefined)
    return fail(ctx, event, `has no Polarity attribute (A<n>\\tPolarity ${event.id} VALUE)`);
  const ordered = evidence.sort((a, b) => a.order - b.order).map((e) => e.spanId);
  return {
    id: event.id,
    ...(holders[0] ? { holder: holders[0] } : {}),
    ...(targets[0] ? { target: targets[0] } : {}),
    polarity,
    evidence: ordered.length > 0 ? ordered : [event.trigger],
    ...(note === undefined ? {} : { note }),
  };
}

function fail(ctx: AnnContext, event: EventLine, what: string): undefined {
  ctx.fail(event.line, `stance ${event.id} ${what}`);
  return undefined;
}

function spanArgument(ctx: AnnContext, event: EventLine, arg: AnnArgument): string | undefined {
  const target = ctx.byId.get(arg.ref);
  if (!target) {
    ctx.fail(event.line, `${event.id} refers to ${arg.ref}, which is not defined`);
    return undefined;
  }
  if (target.kind !== 'T') {
    ctx.warn(
      event.line,
      `${event.id}: argument ${arg.role}:${arg.ref} is not a text-bound annotation; ignored`,
    );
    return undefined;
  }
  return ctx.spans.has(arg.ref) ? arg.ref : undefined;
}

function entityOf(ctx: AnnContext, a: AttributeLine): string | undefined {
  const entityId = a.value as string;
  if (!idSchema.safeParse(entityId).success) {
    ctx.fail(a.line, `${a.id}: ${JSON.stringify(entityId)} is not a valid entity id`);
    return undefined;
  }
  if (!ctx.entities.has(entityId)) {
    ctx.warn(
      a.line,
      `${a.id}: entity ${entityId} is linked from no span here; imported with its id as its name`,
    );
    ctx.entities.set(entityId, { id: entityId, name: entityId, type: 'ENTITY', aliases: [] });
  }
  return entityId;
}
