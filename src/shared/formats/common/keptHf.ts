import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { isJsonValue } from './isJsonValue';
import type { JsonValue } from './isJsonValue';
import { KEPT_HF } from './keptKeys';

/** One Hugging Face record of a document: how many tokens it had and its other fields. */
export interface KeptHfRecord {
  readonly tokens: number;
  /** The record's fields besides its tokens and tags, as they were (`id`, `pos_tags`, `chunk_tags`, …). */
  readonly fields: Readonly<Record<string, JsonValue>>;
}

/**
 * What a document imported from Hugging Face records keeps so the HF export writes the records'
 * other fields back: a record per line of the text (its tokens joined by one space), in order.
 * @example { records: [{ tokens: 2, fields: { id: '0', pos_tags: [22, 42] } }] }
 */
export interface KeptHf {
  readonly records: readonly KeptHfRecord[];
}

/**
 * The kept Hugging Face records of a document's metadata, or null when it keeps none (or not in this shape).
 * @example keptHfOf({ $huggingface: { records: [{ tokens: 1, fields: { id: '7' } }] } })?.records[0]?.fields.id === '7'
 */
export function keptHfOf(metadata: DocumentMetadata | undefined): KeptHf | null {
  const value = metadata?.[KEPT_HF];
  if (!isRecord(value) || !Array.isArray(value.records)) return null;
  const records: KeptHfRecord[] = [];
  for (const record of value.records) {
    if (!isRecord(record) || !isRecord(record.fields)) return null;
    const { tokens, fields } = record;
    if (typeof tokens !== 'number' || !Number.isInteger(tokens) || tokens < 0) return null;
    records.push({ tokens, fields: jsonFields(fields) });
  }
  return { records };
}

/** The fields of a record checked to be JSON, typed as such. */
function jsonFields(fields: Record<string, unknown>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(fields))
    if (isJsonValue(value)) setOwn(out, key, value);
  return out;
}

/** The names of the fields the records keep, each once, in first-seen order. */
export function keptHfFieldNames(kept: KeptHf): string[] {
  const names = new Set<string>();
  for (const record of kept.records) for (const key of Object.keys(record.fields)) names.add(key);
  return [...names];
}
