import { idSchema } from '../../model';
import { coveredText } from '../common';
import type { AnnLine } from './annLine';
import type { AnnContext } from './annContext';
import { itemAt } from '../../collections';

type Normalization = Extract<AnnLine, { kind: 'N' }>;

/** A key saying the knowledge base has no entry (NEREL's `Wikidata:NULL`, TAC's `NIL`): no entity to link. */
const NO_ENTRY = /^(?:NULL|NIL)$/i;

/** The database name under which earlier Loupe versions wrote their own entity ids (read, never written). */
export const LOUPE_DB = 'Loupe';

/**
 * Keeps each span's N lines as written (database name, key, text) and links the span to an
 * entity: a `Loupe:<id>` reference names it; otherwise the first reference does
 * (`Wikidata:Q123` → id `Wikidata_Q123`, kbId `Q123`; `UMLS:C1` → kbId `UMLS:C1`); a `NULL`
 * or `NIL` key (no entry in the base) is kept but links nothing, so unrelated mentions never
 * become one entity.
 * @example N1\tReference T1 Wikidata:Q30\tUnited States → span T1 linked to { id: 'Wikidata_Q30', kbId: 'Q30', name: 'United States' }
 */
export function readNormalizations(ctx: AnnContext, lines: readonly Normalization[]): void {
  const byTarget = new Map<string, Normalization[]>();
  for (const n of lines) {
    if (!ctx.spans.has(n.target)) continue;
    byTarget.set(n.target, [...(byTarget.get(n.target) ?? []), n]);
  }
  for (const [target, refs] of byTarget) linkSpan(ctx, target, refs);
}

function linkSpan(ctx: AnnContext, target: string, refs: readonly Normalization[]): void {
  const span = ctx.spans.get(target);
  const own = refs.filter((r) => r.db === LOUPE_DB);
  const kb = refs.filter((r) => r.db !== LOUPE_DB);
  const linked = kb.filter((r) => !NO_ENTRY.test(r.key));
  const first = own[0] ?? linked[0];
  if (!span) return;
  if (own.length > 1)
    return ctx.fail(itemAt(own, 1).line, `${target} has two Loupe entity references`);
  if (kb.length > 0)
    span.normalizations = kb.map((r) => ({
      db: r.db,
      key: r.key,
      ...(r.name === '' ? {} : { text: r.name }),
      ...(r.form ? { form: r.form } : {}),
    }));
  if (!first) return; // only "no entry" references: kept on the span, linked to no entity
  const id = own[0]
    ? own[0].key
    : `${first.db}_${first.key}`.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 128);
  if (!idSchema.safeParse(id).success)
    return ctx.fail(first.line, `${first.id}: ${JSON.stringify(id)} is not a valid entity id`);
  const kbRef = linked[0];
  const kbId = kbRef ? kbIdOf(kbRef) : undefined;
  const mention = coveredText(ctx.text, ctx.index, span.fragments);
  const name = kbRef?.name || own[0]?.name || mention;
  const known = ctx.entities.get(id);
  if (!known) {
    ctx.entities.set(id, {
      id,
      name,
      type: span.label,
      aliases: mention === name ? [] : [mention],
      ...(kbId ? { kbId } : {}),
    });
  } else {
    const aliases =
      mention === known.name || known.aliases.includes(mention)
        ? known.aliases
        : [...known.aliases, mention];
    ctx.entities.set(id, { ...known, aliases, ...(kbId && !known.kbId ? { kbId } : {}) });
  }
  span.entityId = id;
}

/** The kbId a reference stands for: `Wikidata:Q30` → `Q30`, `KB:x` → `x`, `UMLS:C1` → `UMLS:C1`. */
export function kbIdOf(ref: { readonly db: string; readonly key: string }): string {
  if (ref.db === 'Wikidata' && /^Q[0-9]+$/.test(ref.key)) return ref.key;
  if (ref.db === 'KB') return ref.key;
  return `${ref.db}:${ref.key}`;
}
