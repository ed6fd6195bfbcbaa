import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { isFileField } from '../common';
import { KEPT_PRODIGY } from '../common/keptKeys';
import type { RecordLayout } from './recordLayout';
import { keptList } from './keptJson';

/**
 * The metadata key under which spans JSONL keeps a record's own fields as they were: a record
 * answered `reject` or `ignore` its `spans`, `tokens` and `relations`, each as the file's JSON
 * text (written back instead of Loupe's, none), another its `relations` between tokens that are no span (written back
 * beside Loupe's, their token indices those of the tokens written), another its `tokens` as
 * the file's JSON text where they are not the very ones Loupe writes (written back instead,
 * see `fileTokensOf`), and by label the fields its relations had beside Loupe's
 * (`relationFields`: rel.manual's `color`), by span the keys its spans had beside Loupe's
 * (`spanFields`, see `KeptSpanFields`), and `spanTokens: false` when its spans came without
 * token indices (ner.teach's) or it came with neither tokens nor such spans, so none are
 * written back.
 */
export const ANSWERED_KEY = KEPT_PRODIGY;

/** The fields spans JSONL writes from the document itself: never kept from a file, never written from what was kept. */
const OWN_FIELDS: ReadonlySet<string> = new Set(['text', 'spans', 'tokens', 'relations']);

/**
 * The kept fields a record carries after its own (Prodigy's `_input_hash`, `answer`, …), as
 * JSON members (`,"key":value`), in their order; `meta` and the document label's `label` are
 * written apart, so they are left out here, as a field named like one spans JSONL writes.
 * @example keptMembers({ _input_hash: 12, meta: { source: 'wire' } }) → ',"_input_hash":12'
 */
export function keptMembers(
  metadata: DocumentMetadata | undefined,
  labelWritten: boolean,
  catsWritten = false,
): string {
  return keptPairs(metadata, labelWritten, catsWritten)
    .map(([key, json]) => `,${JSON.stringify(key)}:${json}`)
    .join('');
}

/**
 * The same as `[key, JSON]` pairs (see {@link keptMembers}).
 * @example keptPairs({ _input_hash: 12 }, false) → [['_input_hash', '12']]
 */
export function keptPairs(
  metadata: DocumentMetadata | undefined,
  labelWritten: boolean,
  catsWritten = false,
): [string, string][] {
  if (!metadata) return [];
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(metadata)) {
    if (OWN_FIELDS.has(key) || key === 'meta' || (labelWritten && key === 'label')) continue;
    if (key === 'cats' && catsWritten) continue;
    if (!isFileField(key)) continue;
    pairs.push([key, JSON.stringify(value)]);
  }
  return pairs;
}

/**
 * The record's `meta`: what was kept of it, and the document's name, but for the name Loupe
 * gave a record that had none while the document keeps it (`layout.givenName`); null when
 * nothing is left to write and the record had no `meta`.
 * @example metaOf({ meta: { section: 'a' } }, 'food-3', { givenName: 'food-3' }) === '{"section":"a"}'
 */
export function metaOf(
  metadata: DocumentMetadata | undefined,
  name: string,
  layout: RecordLayout | null = null,
): string | null {
  const kept = metadata?.meta;
  const rest = isRecord(kept) ? kept : {};
  if (layout?.givenName !== name) return JSON.stringify({ ...rest, name });
  if (isRecord(kept) || layout.keys?.includes('meta') !== false) return JSON.stringify(rest);
  return null;
}

/**
 * The record's fields spans JSONL does not read (Prodigy's `_input_hash`, `_task_hash`,
 * `_view_id`, `answer`, `meta` but its name, …), kept for the export to write back.
 * @example keptFields({ text: 'x', spans: [], _view_id: 'ner_manual' }, false) → { _view_id: 'ner_manual' }
 */
export function keptFields(
  record: Readonly<Record<string, unknown>>,
  labelRead: boolean,
  catsRead = false,
): DocumentMetadata | null {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || OWN_FIELDS.has(key) || (labelRead && key === 'label')) continue;
    if (catsRead && key === 'cats') continue; // read as document labels, its keys kept apart
    if (key === 'meta' && isRecord(value)) {
      const { name: _name, ...rest } = value;
      if (Object.keys(rest).length > 0) setOwn(kept, key, rest);
    } else setOwn(kept, key, value);
  }
  // Values a JSON parse gave: JSON values, as metadata holds.
  return Object.keys(kept).length > 0 ? (kept as DocumentMetadata) : null;
}

/**
 * By relation label, the fields a record's relations had beside Loupe's (rel.manual's
 * `color`), written back in each relation of that label (see {@link ANSWERED_KEY}).
 * @example relationFieldsOf({ $prodigy: { relationFields: { MET: { color: '#c5bdf4' } } } }).get('MET') → { color: '#c5bdf4' }
 */
export function relationFieldsOf(
  metadata: DocumentMetadata | undefined,
): Map<string, Record<string, unknown>> {
  const kept = metadata?.[ANSWERED_KEY];
  const fields = isRecord(kept) ? kept.relationFields : undefined;
  const byLabel = new Map<string, Record<string, unknown>>();
  if (isRecord(fields))
    for (const [label, extra] of Object.entries(fields))
      if (isRecord(extra)) byLabel.set(label, extra);
  return byLabel;
}

/**
 * The relations a record kept between tokens that are no span (see {@link ANSWERED_KEY}).
 * @example keptRelations({ $prodigy: { relations: [{ head: 0, child: 2, … }] } }).length === 1
 */
export function keptRelations(
  metadata: DocumentMetadata | undefined,
): { [key: string]: DocumentMetadata[string] }[] {
  const kept = metadata?.[ANSWERED_KEY];
  const relations = keptList(isRecord(kept) ? kept.relations : undefined) ?? [];
  return relations.filter((r): r is { [key: string]: DocumentMetadata[string] } => isRecord(r));
}
