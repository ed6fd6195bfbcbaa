import type { DocumentMetadata } from '../../model';
import {
  namedByPlace,
  baseName,
  bundleOf,
  ErrorCollector,
  extensionOf,
  isAnnotationKey,
  KEPT_DOCCANO,
  readJsonRecords,
  shallowRecords,
  unreadAnnotationKeys,
  inFileFolder,
} from '../common';
import type {
  FormatBundle,
  FormatDocument,
  FormatFile,
  FormatSpan,
  JsonObjectLine,
  ReadOptions,
} from '../common';
import { categoryLabels } from '../common/categories';
import { csvRecords } from './csv';
import type { CsvRows } from './csv';
import { fastTextRecords } from './fastText';
import { readAnnotations, SPAN_KEYS } from './readRecord';
import type { DoccanoAnnotations, OffsetUnit } from './readRecord';
import { isRecord, setOwn } from '../../collections';
import type { KeptDoccano, KeptDoccanoFile } from './keptDoccano';
import { filedRecords, TEXT_KEYS, withDoccanoKeys } from './jsonlRecords';
import { recordSlices } from './sourceLines';
import { sourceKey } from '../common';

/** The keys a doccano record's text, annotations and name are read from; the others are kept as its fields. */
export const READ_KEYS: ReadonlySet<string> = new Set<string>([
  ...TEXT_KEYS,
  ...SPAN_KEYS,
  'relations',
  'cats',
  'name',
]);

/**
 * Reads doccano exports, 0.x and 1.x, one record per line (or a JSON array, or pretty-printed
 * records; a `.txt` file is its fastText export, see {@link fastTextRecords}, a `.csv` file its
 * CSV export, see {@link csvRecords}): the text (`text`, `data` or `column_data`), spans under `label`/`labels`,
 * `entities` (with `relations`) or `annotations` (one layer per `user`), categories (`cats`,
 * label names) as document labels, and every other key (`id`, `doc_id`, `meta`, …) kept as
 * metadata. Offsets count UTF-16 units, or code points when a file's offsets only make sense
 * so (doccano after its PR #108). `textColumn` and `labelColumn` name the column (CSV) or key
 * (JSON) holding the text and the labels, as doccano's import options `column_data` and
 * `column_label` do. A CSV row with an empty text is left out with a warning, as doccano's
 * import leaves it out. Throws FormatErrors listing every problem.
 * @example readDoccano([{ path: 'a.jsonl', content: '{"text": "😀 IBM", "label": [[3, 6, "ORG"]]}' }])
 */
export function readDoccano(files: readonly FormatFile[], options: ReadOptions = {}): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  for (const file of files) {
    const extension = extensionOf(file.path);
    const csv = extension === '.csv' ? csvRecords(file.path, file.content, errors, options) : null;
    const json =
      extension === '.txt' || csv
        ? null
        : shallowRecords(file.path, readJsonRecords(file.path, file.content, errors), errors);
    const records =
      extension === '.txt'
        ? fastTextRecords(file.content)
        : csv
          ? csv.records
          : (json ?? []).map((r) =>
              renamed(r, options, (reason) => errors.add(file.path, r.line, reason)),
            );
    if (csv) csvNotes(file.path, csv, errors, warnings);
    const unit = unitOf(records, warnings, file.path);
    const lines = filedLines(file, extension, records, csv);
    const jsonl = json ? filedRecords(file, json, options, unit) : undefined;
    for (const [index, { line, record }] of records.entries()) {
      const text = TEXT_KEYS.map((k) => record[k]).find((v) => typeof v === 'string');
      if (typeof text !== 'string') {
        const key = csv || options.textColumn === undefined ? 'text' : options.textColumn;
        errors.add(file.path, line, `${key}: expected a string (the document text)`);
        continue;
      }
      const reading = readAnnotations(text, record, unit);
      reading.problems.forEach((problem) => errors.add(file.path, line, problem));
      for (const key of unreadAnnotationKeys(record, READ_KEYS))
        errors.add(file.path, line, unreadKey(key));
      const placeName = `${baseName(file.path)}-${line}`;
      const filedLine = lines?.(index, reading);
      const kept = (user: string | undefined) =>
        keptShape(record, reading, jsonl ? jsonl(index, user) : filedLine);
      documents.push(
        ...namedByPlace(
          documentsOf(record, text, reading, placeName, kept),
          placeName,
          file.path,
        ).map((d) => inFileFolder(d, file)),
      );
    }
  }
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}

/**
 * A JSON record with the text and the labels under the keys doccano's export writes them, when
 * `columns` names others (doccano's `column_data` and `column_label`); a record holding both
 * keys of a pair is a `problem`, as one would be lost.
 */
function renamed(
  { line, record }: JsonObjectLine,
  columns: Pick<ReadOptions, 'textColumn' | 'labelColumn'>,
  problem: (reason: string) => void,
): JsonObjectLine {
  const { textColumn, labelColumn } = columns;
  if (textColumn === undefined && labelColumn === undefined) return { line, record };
  const pairs: [string | undefined, string][] = [
    [textColumn, 'text'],
    [labelColumn, 'label'],
  ];
  for (const [column, key] of pairs)
    if (
      column !== undefined &&
      column !== key &&
      Object.hasOwn(record, key) &&
      Object.hasOwn(record, column)
    )
      problem(
        `holds ${column} and ${key} both; ${column} is read as the ${key}, so rename one of them`,
      );
  return { line, record: withDoccanoKeys(record, columns) };
}

/** What a CSV file's reading tells: its rows of empty text left out (all of them, an error), a header without labels. */
function csvNotes(file: string, csv: CsvRows, errors: ErrorCollector, warnings: string[]): void {
  const { emptyLines, records } = csv;
  const lines = `line${emptyLines.length === 1 ? '' : 's'} ${emptyLines.slice(0, 10).join(', ')}${emptyLines.length > 10 ? ', …' : ''}`;
  if (emptyLines.length > 0 && records.length === 0)
    errors.add(
      file,
      emptyLines[0],
      `every row's ${JSON.stringify(csv.textColumn)} cell is empty (${lines}); name the column holding the text with --text-column NAME`,
    );
  else if (emptyLines.length > 0)
    warnings.push(
      `${file}: ${emptyLines.length} row${emptyLines.length === 1 ? '' : 's'} with an empty ${JSON.stringify(csv.textColumn)} cell left out (${lines}), as doccano's import leaves out a row of empty text ("The empty text is not allowed"); written back to the file as read`,
    );
  if (!csv.hasLabels && records.length > 0)
    warnings.push(
      `${file}: no label column ${JSON.stringify(csv.labelColumn)}, so its texts come without categories; name the column holding the labels with --label-column NAME`,
    );
}

/** UTF-16 units, unless reading them so puts an offset inside a surrogate pair and code points fit every record. */
function unitOf(records: readonly JsonObjectLine[], warnings: string[], file: string): OffsetUnit {
  const texts = records.map(({ record }) =>
    TEXT_KEYS.map((k) => record[k]).find((v) => typeof v === 'string'),
  );
  const read = (unit: OffsetUnit) =>
    records.map(({ record }, i) => {
      const text = texts[i];
      return typeof text === 'string' ? readAnnotations(text, record, unit) : undefined;
    });
  const asUtf16 = read('utf16');
  if (!asUtf16.some((r) => r?.insidePair)) return 'utf16';
  if (read('codePoints').some((r) => r && r.problems.length > 0)) return 'utf16';
  warnings.push(
    `${file}: offsets fall inside emoji when counted in UTF-16 units, so they are read as code points (as doccano writes them since its PR #108)`,
  );
  return 'codePoints';
}

function documentsOf(
  record: Record<string, unknown>,
  text: string,
  reading: DoccanoAnnotations,
  fallback: string,
  keptFor: (user: string | undefined) => KeptDoccano | null,
): FormatDocument[] {
  const fields: DocumentMetadata = {};
  for (const [key, value] of Object.entries(record))
    if (!READ_KEYS.has(key) && value !== undefined)
      setOwn(fields, key, value as DocumentMetadata[string]);
  const name = nameOf(record, fallback);
  return reading.shares.map((share, i) => {
    const kept = keptFor(share.user);
    const metadata = kept ? { ...fields, [KEPT_DOCCANO]: kept } : fields;
    return {
      name,
      text,
      ...(share.user === undefined ? {} : { annotator: `user${share.user}` }),
      spans: share.spans,
      relations: i === 0 ? reading.relations : [],
      stances: [],
      entities: [],
      documentLabels: categoryLabels(share.categories),
      ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
    };
  });
}

/**
 * For a fastText or CSV export, what each record keeps of its file (see `KeptDoccano`): the
 * file's name and form, the record's place and lines as they were, its header; else undefined.
 */
function filedLines(
  file: FormatFile,
  extension: string,
  records: readonly JsonObjectLine[],
  csv: CsvRows | null,
): ((index: number, reading: DoccanoAnnotations) => KeptDoccanoFile | undefined) | undefined {
  const form = extension === '.txt' ? 'fasttext' : csv ? 'csv' : undefined;
  const name = file.path.split(/[\\/]/).pop() ?? '';
  if (!form || !/^[^/\\\0:]+$/.test(name)) return undefined;
  const { head, slices, tails } = recordSlices(
    file.content,
    records.map((r) => r.line),
    csv?.emptyLines,
  );
  const columns = {
    ...(csv && csv.textColumn !== 'text' ? { textColumn: csv.textColumn } : {}),
    ...(csv && csv.labelColumn !== 'label' ? { labelColumn: csv.labelColumn } : {}),
  };
  const encoding = file.encoding === undefined ? {} : { encoding: file.encoding };
  return (index, reading) => {
    const raw = slices[index];
    const share = reading.shares[0];
    if (raw === undefined || !share || reading.shares.length > 1) return undefined;
    const labels = [...new Set(share.categories)];
    const header = form === 'csv' ? { header: head } : {};
    const tail = tails[index] ? { tail: tails[index] } : {};
    const source = sourceKey(file.path);
    return { name, form, index, raw, labels, ...header, ...columns, ...tail, ...encoding, source };
  };
}

/** The shape to keep of a record read (see `KeptDoccano`), or null when doccano's export writes it so anyway. */
function keptShape(
  record: Record<string, unknown>,
  reading: DoccanoAnnotations,
  file: KeptDoccanoFile | undefined,
): KeptDoccano | null {
  if (file) return { file };
  const { entities } = record;
  if (!Array.isArray(entities)) return null;
  const objects = entities.some((e) => typeof e === 'object' && e !== null && !Array.isArray(e));
  const ids = filedEntityIds(entities, reading.shares[0]?.spans ?? []);
  return {
    entities: {
      ...(objects ? { objects } : {}),
      ...(record.relations === undefined ? {} : { relations: true }),
      ...(ids.length > 0 ? { ids } : {}),
      ...relationIdsOf(record.relations),
    },
  };
}

/**
 * Each entity's id as its file had it (a number or a string), with the start and end (code
 * points) and label of the span read from it.
 * @example filedEntityIds([{ id: 7, … }], [{ id: '7', label: 'ORG', fragments: [{ start: 0, end: 6 }] }]) → [[7, 0, 6, 'ORG']]
 */
export function filedEntityIds(
  entities: readonly unknown[],
  spans: readonly FormatSpan[],
): [number | string, number, number, string][] {
  const filedIds = new Map<string, number | string>();
  for (const e of entities)
    if (isRecord(e) && (typeof e.id === 'number' || typeof e.id === 'string'))
      filedIds.set(String(e.id), e.id);
  return spans.flatMap((span) => {
    const id = span.id === undefined ? undefined : filedIds.get(span.id);
    const [f] = span.fragments;
    return id === undefined || !f ? [] : [[id, f.start, f.end, span.label]];
  });
}

/** A relation's id as filed, with its from_id, to_id and type (see `KeptDoccano`). */
type FiledRelationId = [number | string, number | string, number | string, string];

/** Each relation's id as filed, with its from_id, to_id and type, when any has one. */
export function relationIdsOf(relations: unknown): { relationIds?: FiledRelationId[] } {
  if (!Array.isArray(relations)) return {};
  const filed: FiledRelationId[] = [];
  for (const r of relations) {
    if (!isRecord(r) || typeof r.type !== 'string') continue;
    const { id, from_id: from, to_id: to } = r;
    if (isFiledId(id) && isFiledId(from) && isFiledId(to)) filed.push([id, from, to, r.type]);
  }
  return filed.length > 0 ? { relationIds: filed } : {};
}

function isFiledId(value: unknown): value is number | string {
  return typeof value === 'number' || typeof value === 'string';
}

function nameOf(record: Record<string, unknown>, fallback: string): string {
  if (typeof record.name === 'string' && record.name !== '') return record.name;
  for (const key of ['id', 'doc_id']) {
    const value = record[key];
    if (typeof value === 'number' || (typeof value === 'string' && value !== ''))
      return String(value);
  }
  return fallback;
}

function unreadKey(key: string): string {
  if (!isAnnotationKey(key))
    return `${key} holds labelled spans under a key doccano does not use; rename it to entities (or label) to import them, or remove it to import the text alone`;
  return `${key} holds annotations doccano does not write there; this record is not doccano (try --format auto, or --format spans-jsonl or labelstudio)`;
}
