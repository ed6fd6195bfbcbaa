import { getOwn } from '../../collections';
import { freeFileName, inSourceFolder, tableRecords } from '../common';
import type { FormatDocument, FormatFile, Tally } from '../common';
import { splitCategories } from '../common/categories';
import { isRecordForm, keptDoccanoOf } from './keptDoccano';
import type { KeptDoccanoFile } from './keptDoccano';
import { recordText } from './jsonlFile';
import type { FiledDocument } from './recordAnew';

/** The prefix of a category in a fastText line, as doccano writes it. */
const LABEL_PREFIX = '__label__';

/** One file of doccano's fastText or CSV export being written back: its head and rows by place. */
interface FiledFile {
  readonly name: string;
  /** The folder the file sat in below the folder imported (see `FormatDocument.folder`). */
  readonly folder: string | undefined;
  readonly form: KeptDoccanoFile['form'];
  readonly header: string;
  /** A JSON array's end as the file had it, after its last record. */
  readonly closing: string | undefined;
  /** The encoding the file was read in when not UTF-8 (see `FormatFile.encoding`). */
  readonly encoding: string | undefined;
  readonly rows: { readonly index: number; readonly text: string }[];
  /** A JSON Lines file's documents by their record's place (several for a record of several users). */
  readonly records: Map<number, FiledDocument[]>;
}

/**
 * Sorts documents read from a doccano JSON Lines file or from doccano's fastText or CSV export
 * (see `KeptDoccano`) into their files again (each under its name in the folder it sat in; two files of one name from one folder apart, the second `name-2.txt`), in its form, in the file's order: a document whose
 * categories are the ones read is its lines as they were, another one is written as doccano
 * writes that form (with the rows left out after it). A file read in another encoding than
 * UTF-8 is given it, to be written in it. A document the form cannot hold (spans, relations, a category with a
 * space for fastText or a `#` for CSV) is left to the JSONL file, with every document of another shape.
 * A JSON Lines file's records are written as {@link recordText} writes them (what they leave
 * out counted in `tally`).
 * @example filedFiles([fastTextDoc]) → { files: [{ path: 'example.txt', content: '__label__negative Terrible customer service.\n' }], rest: [] }
 */
export function filedFiles(
  documents: readonly FormatDocument[],
  tally: Tally,
): {
  files: FormatFile[];
  rest: FormatDocument[];
} {
  const byName = new Map<string, FiledFile>();
  const rest: FormatDocument[] = [];
  for (const doc of documents) {
    const kept = keptDoccanoOf(doc.metadata)?.file;
    const { categories, others } = splitCategories(doc.documentLabels);
    const jsonl = isRecordForm(kept?.form);
    if (!kept || (!jsonl && (others.length > 0 || !fits(doc, categories, kept.form)))) {
      rest.push(doc);
      continue;
    }
    const key = JSON.stringify([kept.name, kept.source ?? null]);
    const filed: FiledFile = byName.get(key) ?? {
      name: kept.name,
      folder: doc.folder,
      form: kept.form,
      header: kept.header ?? '',
      closing: kept.closing,
      encoding: kept.encoding,
      rows: [],
      records: new Map(),
    };
    byName.set(key, filed);
    if (jsonl) {
      filed.records.set(kept.index, [...(filed.records.get(kept.index) ?? []), { doc, kept }]);
      continue;
    }
    const labels = kept.labels ?? [];
    const same = categories.length === labels.length && categories.every((c, i) => c === labels[i]);
    filed.rows.push({ index: kept.index, text: same ? kept.raw : rowOf(doc, categories, kept) });
  }
  for (const filed of byName.values())
    for (const [index, group] of filed.records)
      filed.rows.push({ index, text: recordText(group, tally) });
  const taken = new Set<string>();
  const files = [...byName.values()].map((filed) => ({
    path: freeFileName(inSourceFolder(filed.folder, filed.name), taken),
    content: contentOf(filed),
    ...(filed.encoding === undefined ? {} : { encoding: filed.encoding }),
  }));
  return { files, rest };
}

/** Whether the form holds the document: categories alone, none holding what separates them there. */
function fits(
  doc: FormatDocument,
  categories: readonly string[],
  form: KeptDoccanoFile['form'],
): boolean {
  if (doc.spans.length > 0 || doc.relations.length > 0 || doc.stances.length > 0) return false;
  if ((doc.events ?? []).length > 0) return false;
  if (form === 'csv') return categories.every((c) => !c.includes('#'));
  return categories.every((c) => c !== '' && !/\s/u.test(c)) && !/[\r\n]/.test(doc.text);
}

/** A line or row written as doccano writes its fastText or CSV export, ending as the one it replaces. */
function rowOf(doc: FormatDocument, categories: readonly string[], kept: KeptDoccanoFile): string {
  const end = /\r\n/.test(kept.raw) ? '\r\n' : '\n';
  if (kept.form === 'fasttext')
    return `${[...categories.map((c) => `${LABEL_PREFIX}${c}`), doc.text].join(' ')}${end}`;
  const names = tableRecords(kept.header ?? '', ',', 1).records[0]?.cells ?? ['text', 'label'];
  const quoteAll = kept.raw.startsWith('"');
  const cells = names.map((name) => {
    const column = name.trim();
    if (column === (kept.textColumn ?? 'text')) return doc.text;
    if (column === (kept.labelColumn ?? 'label')) return categories.join('#');
    const value = doc.metadata ? getOwn(doc.metadata, column) : undefined;
    return value === undefined || value === null
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  });
  return `${cells.map((cell) => csvCell(cell, quoteAll)).join(',')}${end}${kept.tail ?? ''}`;
}

/** A CSV cell as Python's csv module writes it: quoted when asked or when it holds a comma, quote or line break. */
function csvCell(cell: string, quoteAll: boolean): string {
  if (!quoteAll && !/[",\r\n]/.test(cell)) return cell;
  return `"${cell.replaceAll('"', '""')}"`;
}

/** The file: its head, then its rows in their places, each ending with a line break but the last as read. */
function contentOf(filed: FiledFile): string {
  const rows = [...filed.rows].sort((a, b) => a.index - b.index);
  if (filed.form === 'json') return arrayContent(filed.header, rows, filed.closing);
  const end =
    /\r\n/.test(filed.header) || rows.some((r) => r.text.endsWith('\r\n')) ? '\r\n' : '\n';
  let content = filed.header;
  if (content !== '' && !content.endsWith('\n')) content += end;
  rows.forEach((row, i) => {
    content += row.text;
    if (i < rows.length - 1 && !row.text.endsWith('\n')) content += end;
  });
  return content;
}

/**
 * A JSON array's text: its head, then its records in their places, each followed by the `,` it
 * had, the last by the array's end; a record that was last and is no longer followed by the
 * separator of another, the one now last by the array's end as the file had it.
 */
function arrayContent(
  header: string,
  rows: readonly { readonly text: string }[],
  closing: string | undefined,
): string {
  const cut = rows.map(({ text }) => {
    const end = text.lastIndexOf('}') + 1;
    return { element: text.slice(0, end), after: text.slice(end) };
  });
  const separator = cut.find((r) => r.after.includes(','))?.after ?? ',\n';
  const end = closing ?? cut.find((r) => r.after.includes(']'))?.after ?? '\n]\n';
  return cut.reduce((content, { element, after }, i) => {
    const last = i === cut.length - 1;
    const fits = last ? after.includes(']') : after.includes(',');
    return `${content}${element}${fits ? after : last ? end : separator}`;
  }, header);
}
