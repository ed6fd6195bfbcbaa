import { wordRange } from '../common';
import { isRecord } from '../../collections';
import type { FormatDocument, FormatSpan, Tally } from '../common';
import type { SpacyTokens } from '../../text';
import { relationFieldsOf } from './keptFields';
import { FiledRelations } from './filedRelations';

/** The summary's line for a relation an end of which is not written as one span. */
export const RELATION_LEFT_OUT =
  'relation left out (an end is an event, a discontinuous span or no word)';

/**
 * Prodigy's `relations` (as `rel.manual` writes them) for the document's relations:
 * `,"relations":[{"head":…,"child":…,"head_span":{…},"child_span":{…},"label":…}]`, each end
 * the span as written (its token edges), `head`/`child` its last token, the fields kept for its
 * label before `label` (rel.manual's `color`, where rel.manual writes it), or the relation as the
 * file had it while it and its spans are unedited (see `filedRelations`), then the relations
 * `kept` between tokens that are no span; empty when the document has none, so a file without
 * relations is written as before.
 * @example relationList(doc, tokens, tally) → ',"relations":[{"head":0,"child":2,"head_span":{"start":0,"end":3,"token_start":0,"token_end":0,"label":"ORG"},…,"label":"BASED_IN"}]'
 */
export function relationList(
  doc: FormatDocument,
  tokens: SpacyTokens,
  tally: Tally,
  kept: readonly Record<string, unknown>[] = [],
): string {
  if (doc.relations.length === 0 && kept.length === 0) return '';
  const byId = new Map<string, FormatSpan>();
  for (const span of doc.spans) if (span.id !== undefined) byId.set(span.id, span);
  const written: string[] = [];
  const fields = relationFieldsOf(doc.metadata);
  const filed = new FiledRelations(doc.metadata);
  for (const relation of doc.relations) {
    const head = endOf(byId.get(relation.from), tokens);
    const child = endOf(byId.get(relation.to), tokens);
    if (!head || !child) {
      tally.add(RELATION_LEFT_OUT);
      continue;
    }
    const asFiled = filed.take(relation.type, head, child);
    if (asFiled !== null) {
      written.push(asFiled);
      continue;
    }
    written.push(
      JSON.stringify({
        head: head.token_end,
        child: child.token_end,
        head_span: head,
        child_span: child,
        ...fields.get(relation.type),
        label: relation.type,
      }),
    );
  }
  for (const relation of kept) written.push(JSON.stringify(keptRelation(relation, tokens)));
  return `,"relations":[${written.join(',')}]`;
}

/**
 * A relation kept between tokens that are no span, its ends' token indices (and `head`,
 * `child`) those of the tokens written; an end that covers no token is left as it came.
 */
function keptRelation(relation: Record<string, unknown>, tokens: SpacyTokens): object {
  const head = keptEnd(relation.head_span, tokens);
  const child = keptEnd(relation.child_span, tokens);
  return {
    ...relation,
    ...(head ? { head: head.token_end, head_span: head } : {}),
    ...(child ? { child: child.token_end, child_span: child } : {}),
  };
}

function keptEnd(value: unknown, tokens: SpacyTokens): Record<string, unknown> | null {
  if (!isRecord(value) || typeof value.start !== 'number' || typeof value.end !== 'number')
    return null;
  const words = wordRange(tokens, value.start, value.end);
  if (!words) return null;
  return { ...value, token_start: words[0], token_end: words[1] };
}

interface WrittenEnd {
  readonly start: number;
  readonly end: number;
  readonly token_start: number;
  readonly token_end: number;
  readonly label: string;
}

/** A relation end as the spans list writes its span, or null when it is not one span there. */
function endOf(span: FormatSpan | undefined, tokens: SpacyTokens): WrittenEnd | null {
  const f = span?.fragments[0];
  if (!span || !f || span.fragments.length !== 1) return null;
  const words = wordRange(tokens, f.start, f.end);
  if (!words) return null;
  const [first, last] = words;
  return {
    start: tokens.start[first] ?? 0,
    end: tokens.end[last] ?? 0,
    token_start: first,
    token_end: last,
    label: span.label,
  };
}
