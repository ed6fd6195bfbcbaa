import { setOwn } from '../../collections';
import { isJsonValue, parseTag } from '../common';
import type { ErrorCollector, IobTag, JsonValue } from '../common';

/** Tag keys in the order they are looked for; `words` with `ner` is transformers' sample layout. */
export const TAG_KEYS = ['ner_tags', 'tags', 'labels', 'ner'];

/**
 * The key of a record's tag list: the first of `TAG_KEYS` holding a list, else one ending in
 * `ner_tags` (a column renamed before `to_json`, as `named_ner_tags` for tags as names).
 * @example tagKeyOf({ tokens: ['EU'], named_ner_tags: ['B-ORG'] }) === 'named_ner_tags'
 */
export function tagKeyOf(record: Record<string, unknown>): string | undefined {
  return (
    TAG_KEYS.find((k) => Array.isArray(record[k])) ??
    Object.keys(record).find((k) => k.endsWith('ner_tags') && Array.isArray(record[k]))
  );
}

/** The field Loupe's HF export names each record's document by; records sharing it are one document again. */
export const HF_DOCUMENT_FIELD = 'document';

/** One record read: its line, words, tags and the fields Loupe does not model. */
export interface HfRecord {
  readonly line: number;
  readonly words: readonly string[];
  readonly tags: readonly IobTag[];
  readonly others: Readonly<Record<string, JsonValue>>;
  /** Fields nested too deep to keep (over 512 arrays or objects, a damaged file), left out. */
  readonly tooDeep: readonly string[];
}

/**
 * The words and tags of a record, or null (an error said) when it has none, they differ in
 * length or a tag is not one; `names` names integer tags.
 * @example hfRecord({ tokens: ['EU'], ner_tags: ['B-ORG'], id: '0' }, 1, null, 'a.jsonl', errors)?.others → { id: '0' }
 */
export function hfRecord(
  record: Record<string, unknown>,
  line: number,
  names: readonly string[] | null,
  path: string,
  errors: ErrorCollector,
): HfRecord | null {
  const wordKey = Array.isArray(record.tokens) ? 'tokens' : 'words';
  const words = record[wordKey];
  const tagKey = tagKeyOf(record);
  const raw = tagKey === undefined ? undefined : record[tagKey];
  if (!Array.isArray(words) || tagKey === undefined || !Array.isArray(raw)) {
    errors.add(
      path,
      line,
      `a record needs "tokens" (a list of strings) and a tag list ("ner_tags", "tags", "labels", "ner" or another name ending in "ner_tags"); this one has ${Object.keys(record).join(', ') || 'no keys'}`,
    );
    return null;
  }
  const strings = words.filter((w): w is string => typeof w === 'string');
  if (strings.length !== words.length) {
    errors.add(path, line, `"${wordKey}" must be a list of strings`);
    return null;
  }
  if (raw.length !== strings.length) {
    errors.add(
      path,
      line,
      `${strings.length} tokens but ${raw.length} tags in "${tagKey}": each token needs one tag; fix the record`,
    );
    return null;
  }
  const tags: IobTag[] = [];
  for (const value of raw) {
    const tag = tagOf(value, tagKey, names, path, line, errors);
    if (!tag) return null;
    tags.push(tag);
  }
  const others: Record<string, JsonValue> = {};
  const tooDeep: string[] = [];
  for (const [k, v] of Object.entries(record)) {
    if (k === wordKey || k === tagKey) continue;
    if (isJsonValue(v)) setOwn(others, k, v);
    else tooDeep.push(k);
  }
  return { line, words: strings, tags, others, tooDeep };
}

/**
 * The first tag id of a record whose tags are ids, with the key holding them; null when its
 * tags are texts (or it has none), so a file of unnamed ids can be refused once, not per record.
 * @example firstTagId({ tokens: ['EU'], ner_tags: [3] }) → { tagKey: 'ner_tags', id: 3 }
 */
export function firstTagId(record: Record<string, unknown>): { tagKey: string; id: number } | null {
  const tagKey = tagKeyOf(record);
  const raw = tagKey === undefined ? undefined : record[tagKey];
  const id = Array.isArray(raw) ? raw.find((v) => Number.isInteger(v)) : undefined;
  return tagKey !== undefined && typeof id === 'number' ? { tagKey, id } : null;
}

/** Why tag ids cannot be read without names, and where the names can come from. */
export function unnamedTagIds(tagKey: string, id: number, path: string): string {
  return `"${tagKey}" holds tag ids (${id}, …) but no file names them: put dataset_info.json (from save_to_disk), the dataset card README.md or label_names.json beside ${path}, or pass --tag-names O,B-PER,I-PER,…`;
}

/** One tag: a tag text, or a tag id named by `names`; null when it is neither (an error said). */
function tagOf(
  value: unknown,
  tagKey: string,
  names: readonly string[] | null,
  path: string,
  line: number,
  errors: ErrorCollector,
): IobTag | null {
  if (typeof value === 'string') {
    const tag = parseTag(value);
    if (!tag)
      errors.add(
        path,
        line,
        `${JSON.stringify(value)} in "${tagKey}" is not a tag: tags are O, or a prefix (B-, I-, E-, S-, L-, U-) and a type, such as B-PER`,
      );
    return tag;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    errors.add(path, line, `${JSON.stringify(value)} in "${tagKey}" is neither a tag nor a tag id`);
    return null;
  }
  if (!names) {
    errors.add(path, line, unnamedTagIds(tagKey, value, path));
    return null;
  }
  const name = names[value];
  if (name === undefined) {
    errors.add(
      path,
      line,
      `tag id ${value} in "${tagKey}" is not among the ${names.length} tag names (0–${names.length - 1}); check the names file or --tag-names`,
    );
    return null;
  }
  const tag = parseTag(name);
  if (!tag)
    errors.add(
      path,
      line,
      `tag id ${value} is named ${JSON.stringify(name)}, which is not a tag (O, B-PER, …); check the tag names`,
    );
  return tag;
}
