import { keptHfFieldNames, keptHfOf } from '../common';
import type { FormatBundle, FormatDocument, JsonValue, TaggedDocument, Tally } from '../common';
import { HF_DOCUMENT_FIELD } from './hfRecord';

/** A record's kept fields, as the writer writes them after its tags. */
export type RecordFields = Readonly<Record<string, JsonValue>>;

/**
 * The kept fields of each record the HF export writes of `doc` (see `KeptHf`), or null when
 * it keeps none or they cannot be written back: the records are not the source's (another
 * count, another number of tokens in one: a span edge cut a token, or the text changed), or
 * `whole` joins several records into one. Those are counted in `tally`, naming the fields
 * and why, so the export's warnings say what was left out.
 * @example keptRecordFields(importedDoc, tagDocument(importedDoc, tally), false, tally) → [{ id: '0', pos_tags: [22, 42] }]
 */
export function keptRecordFields(
  doc: FormatDocument,
  tagged: TaggedDocument,
  whole: boolean,
  tally: Tally,
): readonly RecordFields[] | null {
  const kept = keptHfOf(doc.metadata);
  if (!kept) return null;
  const fields = keptHfFieldNames(kept);
  if (fields.length === 0) return null;
  const named = `fields of a Hugging Face record (${fields.join(', ')}) not written back`;
  const counts = recordTokenCounts(tagged, whole);
  const source = kept.records.map((r) => r.tokens);
  if (whole && source.length > 1) {
    tally.add(
      `${named}: the document's records were joined into one (unit: document)`,
      source.length,
    );
    return null;
  }
  const total = source.reduce((n, t) => n + t, 0);
  const same = whole
    ? counts.length === 1 && counts[0] === total
    : counts.length === source.length && counts.every((n, i) => n === source[i]);
  if (!same) {
    tally.add(
      `${named}: the document's tokens are not the source's (a span edge inside a token, or another text), so the fields would not line up`,
      source.length,
    );
    return null;
  }
  return kept.records.map((r) => r.fields);
}

/** Word tokens of each record the writer writes: a record per sentence, or one for the document. */
function recordTokenCounts(tagged: TaggedDocument, whole: boolean): number[] {
  const { tokens, sentenceStart } = tagged;
  const counts: number[] = [];
  let words = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isSpace[i] === 1) continue;
    if (sentenceStart[i] === 1 && !whole && words > 0) {
      counts.push(words);
      words = 0;
    }
    words++;
  }
  if (words > 0 || counts.length === 0) counts.push(words); // no words: one empty record
  return counts;
}

const q = (value: string): string => JSON.stringify(value);

/**
 * The dataset card's feature lines of the records' kept fields (the first value of each gives
 * its type: string, int64, float64, bool, or a sequence of one), so `load_dataset` on the folder
 * reads them too; a field whose type cannot be told (an object, a list of lists) is left out.
 * `id`, `tokens`, the tags and `document` are the card's own.
 * @example keptFieldFeatures(bundle) → ['  - name: "pos_tags"', '    sequence: int64']
 */
export function keptFieldFeatures(bundle: FormatBundle): string[] {
  const own = new Set(['id', 'tokens', 'ner_tags', HF_DOCUMENT_FIELD]);
  const types = new Map<string, string | null>();
  for (const doc of bundle.documents) {
    const kept = keptHfOf(doc.metadata);
    for (const record of kept?.records ?? [])
      for (const [name, value] of Object.entries(record.fields))
        if (!own.has(name) && value !== null && !types.has(name)) types.set(name, typeOf(value));
  }
  const lines: string[] = [];
  for (const [name, type] of types) if (type) lines.push(`  - name: ${q(name)}`, `    ${type}`);
  return lines;
}

/** `dtype: int64`, `sequence: string`, … or null. */
function typeOf(value: JsonValue): string | null {
  if (Array.isArray(value)) {
    const first = value.find((v) => v !== null);
    const dtype = first === undefined || Array.isArray(first) ? null : scalarType(first);
    return dtype ? `sequence: ${dtype}` : null;
  }
  const dtype = scalarType(value);
  return dtype ? `dtype: ${dtype}` : null;
}

function scalarType(value: JsonValue): string | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int64' : 'float64';
  return null;
}
