import {
  baseName,
  bundleOf,
  ErrorCollector,
  KEPT_HF,
  MAX_JSON_DEPTH,
  readJsonRecords,
  SCHEME_NAMES,
  schemeOf,
  sourceFileAt,
  tokenSpans,
  inFileFolder,
} from '../common';
import type {
  FormatBundle,
  FormatDocument,
  FormatFile,
  FormatSpan,
  JsonValue,
  KeptHf,
  ReadOptions,
  SourceFile,
  TagScheme,
} from '../common';
import { emptyFormatDocument } from '../common/formatDocument';
import { firstTagId, HF_DOCUMENT_FIELD, hfRecord, unnamedTagIds } from './hfRecord';
import type { HfRecord } from './hfRecord';
import { isNameFile, tagNamesOf } from './tagNames';
import { countOf } from '../../text';

/** Most ill-formed tag places named per file; the rest are counted. */
const ILL_FORMED_NAMED = 20;

/**
 * Reads Hugging Face token classification records (JSON Lines or a JSON array, as
 * `Dataset.to_json` writes them): `tokens` (or `words`) and a tag list as long (`ner_tags`,
 * `tags`, `labels` or `ner`). String tags are read as CoNLL tags are (scheme detected per file
 * or `options.scheme`); integer tags are named by `label_names.json`, `dataset_info.json` or
 * the dataset card beside the records, or `options.tagNames`. One document per record, its
 * tokens joined by one space; records that all carry Loupe's `document` field (as its HF export
 * writes them, a record per sentence) are one document per value again, a record per line.
 * Each record's other fields are kept (see `KeptHf`) for the HF export to write back.
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
    documents.push(
      ...readFile(file, names, options, errors, warnings).map((d) => inFileFolder(d, file)),
    );
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
  const unnamed: { line: number; tagKey: string; id: number }[] = [];
  for (const { line, record } of readJsonRecords(path, file.content, errors)) {
    const ids = names ? null : firstTagId(record);
    if (ids) {
      unnamed.push({ line, ...ids });
      continue;
    }
    const read = hfRecord(record, line, names, path, errors);
    if (read) records.push(read);
  }
  const first = unnamed[0];
  if (first) {
    const many = unnamed.length > 1 ? ` (${unnamed.length} records hold ids)` : '';
    errors.add(path, first.line, `${unnamedTagIds(first.tagKey, first.id, path)}${many}`);
  }
  if (errors.count > before) return [];
  warnings.push(...tooDeepNotes(path, records));
  if (records.length === 0) {
    errors.add(path, undefined, 'holds no records with tokens and tags; pass another --format');
    return [];
  }
  const scheme = options.scheme ?? schemeOf(records.map((r) => r.tags));
  if (typeof scheme !== 'string') {
    errors.add(path, undefined, scheme.problem);
    return [];
  }
  const grouped = records.every(isGrouped);
  const groups = documentGroups(records, grouped, path);
  const documents: FormatDocument[] = [];
  const illFormed: string[] = [];
  for (const [name, group] of groups) {
    const file = sourceFileAt(path, documents.length);
    const how = { scheme, grouped, path, names, file };
    const read = documentOfRecords(name, group, how, illFormed);
    const tagged = group.some((r) => r.tags.some((t) => t.prefix !== 'O'));
    if (tagged && read.spans.length === 0) {
      errors.add(
        path,
        group[0]?.line,
        'its tags are not all O but no span was read; check --scheme',
      );
      continue;
    }
    const id = group[0]?.others.id;
    const named = grouped || (typeof id === 'string' && id !== '');
    documents.push(named ? read : { ...read, namedByPlace: path });
  }
  for (const place of illFormed.slice(0, ILL_FORMED_NAMED)) warnings.push(place);
  if (illFormed.length > ILL_FORMED_NAMED)
    warnings.push(`${path}: ${illFormed.length - ILL_FORMED_NAMED} more ill-formed tag places`);
  warnings.push(
    `${path}: ${records.length} records read as ${SCHEME_NAMES[scheme]} (${options.scheme ? 'as --scheme says' : 'detected'}), ${grouped ? `${groups.size} documents by their "${HF_DOCUMENT_FIELD}" field, a record per line` : 'one document each'}, tokens joined by spaces`,
  );
  return documents;
}

/** One note per field left out of records for nesting too deep, naming the records by their lines. */
function tooDeepNotes(path: string, records: readonly HfRecord[]): string[] {
  const lines = new Map<string, number[]>();
  for (const record of records)
    for (const key of record.tooDeep) lines.set(key, [...(lines.get(key) ?? []), record.line]);
  return [...lines].map(([key, at]) => {
    const listed = at.slice(0, 5).join(', ') + (at.length > 5 ? ', …' : '');
    return `${path}: "${key}" nests arrays and objects over ${MAX_JSON_DEPTH} deep, which Loupe cannot keep, so it is left out of ${countOf(at.length, 'record')} (${at.length === 1 ? 'line' : 'lines'} ${listed}) and not written back by the Hugging Face export; the file is damaged there`;
  });
}

function isGrouped(record: HfRecord): boolean {
  return typeof record.others[HF_DOCUMENT_FIELD] === 'string';
}

/**
 * The records of each document by its name: grouped by Loupe's `document` field when every
 * record has one (in the order each is first met), else one per record, named by its string
 * `id` or the file's name and the record's number.
 */
function documentGroups(
  records: readonly HfRecord[],
  grouped: boolean,
  path: string,
): Map<string, HfRecord[]> {
  const groups = new Map<string, HfRecord[]>();
  if (grouped) {
    for (const record of records) {
      const name = record.others[HF_DOCUMENT_FIELD];
      if (typeof name !== 'string') continue;
      const group = groups.get(name) ?? [];
      if (group.length === 0) groups.set(name, group);
      group.push(record);
    }
    return groups;
  }
  const width = String(records.length).length;
  for (const [r, record] of records.entries()) {
    const id = record.others.id;
    const own = typeof id === 'string' && id !== '' ? id : '';
    const name = unique(own || `${baseName(path)}-${String(r + 1).padStart(width, '0')}`, groups);
    groups.set(name, [record]);
  }
  return groups;
}

/**
 * A document of records: each record's tokens joined by one space, a line per record; its
 * spans; the records' other fields kept (but Loupe's `document` field the records were grouped by),
 * the names of the source's integer tags when it named them, and the file and place it was read from.
 */
function documentOfRecords(
  name: string,
  records: readonly HfRecord[],
  how: {
    readonly scheme: TagScheme;
    readonly grouped: boolean;
    readonly path: string;
    readonly names: readonly string[] | null;
    readonly file: SourceFile | undefined;
  },
  illFormed: string[],
): FormatDocument {
  const { scheme, grouped, path, names, file } = how;
  const spans: FormatSpan[] = [];
  const lines: string[] = [];
  const kept: { tokens: number; fields: Record<string, JsonValue> }[] = [];
  const otherStarts: number[] = []; // names opened by I- (the export writes IOB2 tag ids)
  let at = 0; // code point offset of the record's first token
  for (const record of records) {
    const read = tokenSpans(record.words, record.tags, at, scheme);
    spans.push(...read.spans);
    if (scheme === 'iob2') otherStarts.push(...read.otherStarts);
    for (const p of read.illFormed) illFormed.push(`${path}:${record.line}: ${p.reason}`);
    lines.push(record.words.join(' '));
    const { [HF_DOCUMENT_FIELD]: _document, ...rest } = record.others;
    kept.push({ tokens: record.words.length, fields: grouped ? rest : { ...record.others } });
    at = record.words.length > 0 ? read.end : at + 1; // the last token's space is the line break
  }
  // The tag names in the source's order: the export gives each tag its id again.
  const hf = {
    records: kept,
    ...(names ? { names: [...names] } : {}),
    ...(file ? { file } : {}),
    ...(otherStarts.length > 0 ? { otherStarts } : {}),
  } satisfies KeptHf;
  return { ...emptyFormatDocument(name, lines.join('\n')), spans, metadata: { [KEPT_HF]: hf } };
}

function unique(name: string, taken: ReadonlyMap<string, unknown>): string {
  let out = name;
  for (let n = 2; taken.has(out); n++) out = `${name}-${n}`;
  return out;
}
