import { baseName, bundleOf, ErrorCollector, isJsonValue, readJsonRecords } from '../common';
import type { JsonValue } from '../common';
import type { FormatBundle, FormatDocument, FormatFile, ReadOptions } from '../common';
import type { ConllDocument } from '../conll/conllLines';
import { documentOf } from '../conll/documentOf';
import { parseTag, SCHEME_NAMES, tagText } from '../conll/iobTag';
import type { IobTag } from '../conll/iobTag';
import { schemeOf } from '../conll/schemeOf';
import { isNameFile, tagNamesOf } from './tagNames';

/** Tag keys in the order they are looked for; `words` with `ner` is transformers' sample layout. */
const TAG_KEYS = ['ner_tags', 'tags', 'labels', 'ner'];

/** Metadata key of a record's other fields (`id`, `pos_tags`, …), kept as they were. */
export const KEPT_HF_FIELDS = 'huggingFaceFields';

const LAYOUT = { columns: 2, token: 0, tag: 1 } as const;

/** One record read: its line, words, tag texts and the fields Loupe does not model. */
interface HfRecord {
  readonly line: number;
  readonly words: string[];
  readonly tags: IobTag[];
  readonly others: Record<string, JsonValue>;
}

/**
 * Reads Hugging Face token classification records (JSON Lines or a JSON array, as
 * `Dataset.to_json` writes them): `tokens` (or `words`) and a tag list as long (`ner_tags`,
 * `tags`, `labels` or `ner`). String tags are read as CoNLL tags are (scheme detected per file
 * or `options.scheme`); integer tags are named by `label_names.json`, `dataset_info.json` or
 * the dataset card beside the records, or `options.tagNames`. One document per record, its
 * tokens joined by one space; the other fields are kept in its metadata.
 * @example readHuggingFace([{ path: 'a.jsonl', content: '{"tokens":["EU","rejects"],"ner_tags":["B-ORG","O"]}' }]).documents[0].spans → [ORG 0–2]
 */
export function readHuggingFace(
  files: readonly FormatFile[],
  options: ReadOptions = {},
): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  const names = options.tagNames ? [...options.tagNames] : tagNamesOf(files);
  for (const file of files) {
    if (isNameFile(file.path)) continue;
    documents.push(...readFile(file, names, options, errors, warnings));
  }
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}

function readFile(
  file: FormatFile,
  names: readonly string[] | null,
  options: ReadOptions,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument[] {
  const { path } = file;
  const before = errors.count;
  const records: HfRecord[] = [];
  for (const { line, record } of readJsonRecords(path, file.content, errors)) {
    const read = recordOf(record, line, names, path, errors);
    if (read) records.push(read);
  }
  if (errors.count > before) return [];
  if (records.length === 0) {
    errors.add(path, undefined, 'holds no records with tokens and tags; pass another --format');
    return [];
  }
  const tags = records.map((r) => r.tags);
  const scheme = options.scheme ?? schemeOf(tags);
  if (typeof scheme !== 'string') {
    errors.add(path, undefined, scheme.problem);
    return [];
  }
  const documents: FormatDocument[] = [];
  const taken = new Set<string>();
  const width = String(records.length).length;
  for (const [r, record] of records.entries()) {
    const id = typeof record.others.id === 'string' ? record.others.id : '';
    const name = unique(id || `${baseName(path)}-${String(r + 1).padStart(width, '0')}`, taken);
    const doc: ConllDocument = {
      docstart: null,
      sentences: [
        {
          rows: record.words.map((w, i) => ({
            line: record.line,
            columns: [w, tagText(record.tags[i] ?? { prefix: 'O', type: '' })],
          })),
          comments: [],
        },
      ],
      trailing: [],
    };
    const read = documentOf(name, doc, [tags[r] ?? []], LAYOUT, scheme);
    const tagged = (tags[r] ?? []).some((t) => t.prefix !== 'O');
    if (tagged && read.document.spans.length === 0) {
      errors.add(path, record.line, 'its tags are not all O but no span was read; check --scheme');
      continue;
    }
    documents.push({ ...read.document, metadata: { [KEPT_HF_FIELDS]: record.others } });
    for (const p of read.illFormed.slice(0, 20)) warnings.push(`${path}:${p.line}: ${p.reason}`);
  }
  warnings.push(
    `${path}: ${records.length} records read as ${SCHEME_NAMES[scheme]} (${options.scheme ? 'as --scheme says' : 'detected'}), one document each, tokens joined by spaces`,
  );
  return documents;
}

/** The words and tag texts of a record, or null (an error said) when it has none or they differ. */
function recordOf(
  record: Record<string, unknown>,
  line: number,
  names: readonly string[] | null,
  path: string,
  errors: ErrorCollector,
): HfRecord | null {
  const wordKey = Array.isArray(record.tokens) ? 'tokens' : 'words';
  const tagKey = TAG_KEYS.find((k) => Array.isArray(record[k]));
  const words = record[wordKey];
  if (!Array.isArray(words) || tagKey === undefined) {
    errors.add(
      path,
      line,
      `a record needs "tokens" (a list of strings) and a tag list ("ner_tags", "tags", "labels" or "ner"); this one has ${Object.keys(record).join(', ') || 'no keys'}`,
    );
    return null;
  }
  const raw = record[tagKey] as unknown[];
  if (!words.every((w) => typeof w === 'string')) {
    errors.add(path, line, `"${wordKey}" must be a list of strings`);
    return null;
  }
  if (raw.length !== words.length) {
    errors.add(
      path,
      line,
      `${words.length} tokens but ${raw.length} tags in "${tagKey}": each token needs one tag; fix the record`,
    );
    return null;
  }
  const tags: IobTag[] = [];
  for (const value of raw) {
    if (typeof value === 'string') {
      const tag = parseTag(value);
      if (!tag) {
        errors.add(
          path,
          line,
          `${JSON.stringify(value)} in "${tagKey}" is not a tag: tags are O, or a prefix (B-, I-, E-, S-, L-, U-) and a type, such as B-PER`,
        );
        return null;
      }
      tags.push(tag);
    } else if (typeof value === 'number' && Number.isInteger(value)) {
      if (!names) {
        errors.add(
          path,
          line,
          `"${tagKey}" holds tag ids (${value}, …) but no file names them: put dataset_info.json (from save_to_disk), the dataset card README.md or label_names.json beside ${path}, or pass --tag-names O,B-PER,I-PER,…`,
        );
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
      if (!tag) {
        errors.add(
          path,
          line,
          `tag id ${value} is named ${JSON.stringify(name)}, which is not a tag (O, B-PER, …); check the tag names`,
        );
        return null;
      }
      tags.push(tag);
    } else {
      errors.add(
        path,
        line,
        `${JSON.stringify(value)} in "${tagKey}" is neither a tag nor a tag id`,
      );
      return null;
    }
  }
  const others: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(record))
    if (k !== wordKey && k !== tagKey && isJsonValue(v)) others[k] = v;
  return { line, words: words as string[], tags, others };
}

function unique(name: string, taken: Set<string>): string {
  let out = name;
  for (let n = 2; taken.has(out); n++) out = `${name}-${n}`;
  taken.add(out);
  return out;
}
