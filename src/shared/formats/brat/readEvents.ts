import type { AnnotationEvent, Relation } from '../../model';
import type { AnnLine } from './annLine';
import type { AnnContext } from './annContext';

type EventLine = Extract<AnnLine, { kind: 'E' }>;
type RelationLine = Extract<AnnLine, { kind: 'R' }>;

/** An event or relation being assembled; attributes and notes arrive from later lines. */
export type EventDraft = { -readonly [K in keyof AnnotationEvent]: AnnotationEvent[K] };
export type RelationDraft = { -readonly [K in keyof Relation]: Relation[K] };

/**
 * Reads events other than stances, kept as written: the trigger must be a text-bound
 * annotation read without error, each argument a text-bound annotation or another event
 * (in any order of the file). An argument naming anything else is an error on its line.
 * @example E1\tMerge-org:T3 Org-Arg:T1 Org-Arg2:T2 → { id: 'E1', type: 'Merge-org', trigger: 'T3', arguments: [...] }
 */
export function readEvents(ctx: AnnContext, lines: readonly EventLine[]): Map<string, EventDraft> {
  const eventIds = new Set(lines.map((e) => e.id));
  const events = new Map<string, EventDraft>();
  for (const e of lines) {
    const trigger = ctx.byId.get(e.trigger);
    if (!trigger) {
      ctx.fail(e.line, `${e.id} refers to ${e.trigger}, which is not defined`);
      continue;
    }
    if (trigger.kind !== 'T') {
      ctx.fail(e.line, `${e.id}: the trigger ${e.trigger} is not a text-bound annotation`);
      continue;
    }
    if (!ctx.spans.has(e.trigger)) continue;
    const fits = e.args.map((arg) => argumentFits(ctx, e, arg.ref, eventIds));
    if (fits.includes(false)) continue;
    events.set(e.id, {
      id: e.id,
      type: e.type,
      trigger: e.trigger,
      arguments: e.args.map((arg) => ({ role: arg.role, ref: arg.ref })),
    });
  }
  return events;
}

function argumentFits(
  ctx: AnnContext,
  from: EventLine | RelationLine,
  ref: string,
  eventIds: ReadonlySet<string>,
): boolean {
  const target = ctx.byId.get(ref);
  if (!target) {
    ctx.fail(from.line, `${from.id} refers to ${ref}, which is not defined`);
    return false;
  }
  if (target.kind === 'T') return ctx.spans.has(ref);
  if (target.kind === 'E' && eventIds.has(ref)) return true;
  ctx.fail(
    from.line,
    target.kind === 'E'
      ? `${from.id} refers to the stance ${ref}; Loupe keeps stances apart from events and relations`
      : `${from.id} refers to ${ref}, which is neither a text-bound annotation nor an event`,
  );
  return false;
}

/**
 * Reads R lines between text-bound annotations and/or events, keeping brat's argument
 * names when they are not `Arg1`/`Arg2`, and event lines without a trigger read as relations.
 * @example R1\tFamily Arg1:T6 Arg2:T7 → { id: 'R1', type: 'Family', from: 'T6', to: 'T7' }
 */
export function readRelations(
  ctx: AnnContext,
  lines: readonly RelationLine[],
  eventIds: ReadonlySet<string>,
): Map<string, RelationDraft> {
  const relations = new Map<string, RelationDraft>();
  const triggerless = lines.filter((r) => r.id.startsWith('E'));
  if (triggerless[0])
    ctx.warn(
      triggerless[0].line,
      `${triggerless.length} event line(s) without a trigger ("Type Role:Id Role:Id", BioNLP Shared Task 2016) read as relations; written back to brat as the event lines they were, under their ids (as BioNLP 2016's tools read them; brat's own parser refuses them, and a relation added since is an R line)`,
    );
  for (const r of lines) {
    const [from, to] = r.args;
    const fits = r.args.map((arg) => argumentFits(ctx, r, arg.ref, eventIds));
    if (fits.includes(false)) continue;
    relations.set(r.id, {
      id: r.id,
      type: r.type,
      from: from.ref,
      to: to.ref,
      ...(from.role === 'Arg1' && to.role === 'Arg2'
        ? {}
        : { fromRole: from.role, toRole: to.role }),
    });
  }
  return relations;
}
