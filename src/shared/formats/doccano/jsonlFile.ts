import { isRecord, setOwn } from '../../collections';
import { createOffsetIndex } from '../../spans';
import {
  fileFields,
  KEPT_FOR_ONE_FORMAT,
  sortedJson,
  tallyUnwritten,
  withoutKeptLayouts,
} from '../common';
import type { FormatDocument, FormatRelation, FormatSpan, Tally } from '../common';
import { categoryLabels, splitCategories } from '../common/categories';
import { objectIn, TEXT_KEYS, withDoccanoKeys, withText } from './jsonlRecords';
import type { KeptDoccanoFile } from './keptDoccano';
import { anew, styled } from './recordAnew';
import type { FiledDocument, FiledRecord } from './recordAnew';
import { READ_KEYS } from './read';
import { readAnnotations } from './readRecord';
import type { DoccanoAnnotations, DoccanoShare } from './readRecord';

/** What a doccano record leaves out. */
export const RECORD_UNWRITTEN = [
  'entity link',
  'span attributes',
  'span note',
  'stance',
  'event',
  'equivalence set',
  ...KEPT_FOR_ONE_FORMAT,
] as const;

/**
 * The text of one record of a JSON Lines file (or a JSON array), from the documents read from it (one, or one per
 * user of a doccano 1.x record): the record as it was when every document holds what was read
 * from it (its text, spans, relations, categories and fields); else the record written anew
 * with the file's keys: the text under the key it came under, the spans under the key and in
 * the shape (triples or objects, their keys in the file's order, ids as filed) and unit they
 * came in, the other fields in their order, spaced, indented and escaped as the file was.
 * @example recordText([{ doc, kept }], tally) === '{"text": "a", "label": [[0, 1, "X"]]}\n'
 */
export function recordText(group: readonly FiledDocument[], tally: Tally): string {
  const [first] = group;
  if (!first) return '';
  for (const { doc } of group) tallied(doc, tally);
  const raw = withText(first.kept.raw, first.kept.textAt, first.doc.text);
  const tail = first.kept.tail ?? '';
  const filed = filedRecord(raw, first.kept);
  if (!filed) return raw + tail;
  tally.add(OTHER_USERS, othersShares(group, filed.reading));
  if (unchanged(group, filed)) return raw + tail;
  const index = createOffsetIndex(first.doc.text);
  const written = anew(group, filed, index, tally);
  return `${filed.before}${styled(written, filed)}${filed.after}${tail}`;
}

/** What a record loses of the users whose layers were not exported with it. */
export const OTHER_USERS =
  'annotation of another user of its record, in that user’s layer (export the layers together)';

/** How many annotations of the record's users no document of the group holds. */
function othersShares(group: readonly FiledDocument[], reading: DoccanoAnnotations): number {
  const users = new Set(group.map(({ kept }) => kept.user));
  return reading.shares
    .filter((s) => s.user !== undefined && !users.has(s.user))
    .reduce((n, s) => n + s.spans.length + s.categories.length, 0);
}

/** Counts what a doccano record leaves out of a document. */
export function tallied(doc: FormatDocument, tally: Tally): void {
  tallyUnwritten(doc, tally, RECORD_UNWRITTEN);
  tally.add(
    'document label other than a category',
    splitCategories(doc.documentLabels).others.length,
  );
  tally.add(
    'discontinuous span written as separate spans',
    doc.spans.filter((s) => s.fragments.length > 1).length,
  );
  tally.add('relation note', doc.relations.filter((r) => r.note !== undefined).length);
}

function filedRecord(raw: string, kept: KeptDoccanoFile): FiledRecord | null {
  const located = objectIn(raw, kept.form === 'json' ? 'json' : 'jsonl');
  if (!located) return null;
  let original: unknown;
  try {
    original = JSON.parse(located.object);
  } catch {
    return null;
  }
  if (!isRecord(original)) return null;
  const columns = {
    ...(kept.textColumn === undefined ? {} : { textColumn: kept.textColumn }),
    ...(kept.labelColumn === undefined ? {} : { labelColumn: kept.labelColumn }),
  };
  const record = withDoccanoKeys(original, columns);
  const text = TEXT_KEYS.map((k) => record[k]).find((v) => typeof v === 'string');
  if (typeof text !== 'string') return null;
  const reading = readAnnotations(text, record, kept.unit ?? 'utf16');
  return { ...located, original, record, text, reading };
}

/** Whether every document of the record holds what was read from it, and every user's share is there. */
function unchanged(group: readonly FiledDocument[], filed: FiledRecord): boolean {
  const { reading, record, text } = filed;
  if (reading.problems.length > 0 || group.length !== reading.shares.length) return false;
  const fields = sortedJson(recordFields(record));
  const seen = new Set<DoccanoShare>();
  return group.every(({ doc, kept }) => {
    const share = shareOf(reading, kept);
    if (!share || seen.has(share)) return false;
    seen.add(share);
    const relations = share === reading.shares[0] ? reading.relations : [];
    return (
      doc.text === text &&
      (typeof record.name !== 'string' || record.name === '' || doc.name === record.name) &&
      sortedJson(fileFields(withoutKeptLayouts(doc.metadata))) === fields &&
      annotationsKey(doc.spans, doc.relations, splitCategories(doc.documentLabels).categories) ===
        annotationsKey(
          share.spans,
          relations,
          splitCategories(categoryLabels(share.categories)).categories,
        )
    );
  });
}

/** The share of the record a document holds: its user's, or the only one. */
function shareOf(reading: DoccanoAnnotations, kept: KeptDoccanoFile): DoccanoShare | undefined {
  return (
    reading.shares.find((s) => s.user === kept.user) ??
    (reading.shares.length === 1 && kept.user === undefined ? reading.shares[0] : undefined)
  );
}

/** The fields of a record Loupe keeps as a document's metadata. */
function recordFields(record: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record))
    if (!READ_KEYS.has(key) && value !== undefined) setOwn(fields, key, value);
  return fields;
}

/** Spans, relations and categories, whatever their order and ids. */
function annotationsKey(
  spans: readonly FormatSpan[],
  relations: readonly FormatRelation[],
  categories: readonly string[],
): string {
  const keys = new Map(spans.map((s) => [s.id, spanKey(s)]));
  return JSON.stringify([
    spans.map(spanKey).sort(),
    relations.map((r) => JSON.stringify([r.type, keys.get(r.from), keys.get(r.to)])).sort(),
    [...categories].sort(),
  ]);
}

function spanKey(span: FormatSpan): string {
  return JSON.stringify([span.label, span.fragments.map((f) => [f.start, f.end])]);
}
