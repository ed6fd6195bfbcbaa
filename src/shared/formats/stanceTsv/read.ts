import { setOwn } from '../../collections';
import { codePoints } from '../../spans';
import { baseName, bundleOf, ErrorCollector, inFileFolder } from '../common';
import type { FormatBundle, FormatDocument, FormatFile, JsonValue } from '../common';
import { emptyFormatDocument } from '../common/formatDocument';
import { csvHeaderNames, delimiterOf, ID_NAMES, idOnlyStanceReason, stanceColumns } from './header';
import type { StanceColumns } from './header';
import { KEPT_STANCE_TSV, keptStanceRowOf, topicIdOf } from './keptStanceTsv';
import { polarityOf } from './stanceLabels';
import { tableRecords, type TableRecord } from '../common';

/** The label of a stance's evidence span when nothing else names it, as brat's Stance trigger is labelled. */
export const STANCE_EVIDENCE = 'Stance';

/** Where a row came from: its file, record number after the header, and the file's line break. */
interface RowPlace {
  readonly file: string;
  readonly row: number;
  readonly lineBreak: '\n' | '\r\n';
  /** The file's last row, which no line break followed. */
  readonly openEnd: boolean;
}

/**
 * Reads stance tables with a header naming a target, a text and a stance column: tab-separated
 * (SemEval-2016 Task 6's `ID Target Tweet Stance`, its full release's `Opinion Towards` and
 * `Sentiment`, Loupe's own stance TSV) or, in a `.csv` file, comma-separated per RFC 4180
 * (P-Stance's `Tweet,Target,Stance`, VAST's `post`/`topic_str`/`label`, SemEval and Kaggle
 * copies). One document per row, its text the text cell; one stance toward the target (a topic,
 * named as the file names it), its polarity the stance cell (VAST's numbers by its README's
 * mapping; other numbers are refused), its evidence a span over the whole text. The row's other
 * cells, the file's delimiter and the row's place are kept for the stance export. A row whose
 * cells do not match the header, or without target, text or stance, is an error by line.
 * @example readStanceTsv([{ path: 'a.txt', content: 'ID\tTarget\tTweet\tStance\n1\tAtheism\tGod is good.\tAGAINST\n' }]).documents[0].stances[0] → { target: { kind: 'topic', topicId: 'atheism' }, polarity: 'AGAINST', evidence: ['T1'] }
 */
export function readStanceTsv(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const documents: FormatDocument[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const delimiter = delimiterOf(file.path);
    const columns = stanceColumns(file.content, delimiter);
    if (!columns) {
      errors.add(file.path, 1, noHeaderReason(file.content, delimiter));
      continue;
    }
    const before = errors.count;
    const read = readRows(file, columns, errors);
    if (read.length === 0 && errors.count === before)
      errors.add(file.path, undefined, 'holds a header but no rows of stances');
    documents.push(...read.map((d) => inFileFolder(d, file)));
    warnings.push(readWarning(file.path, read.length, columns));
  }
  errors.throwIfAny();
  const topics = new Map<string, string>();
  for (const doc of documents) {
    const target = doc.stances[0]?.target;
    const name = keptStanceRowOf(doc.metadata)?.target;
    if (target?.kind === 'topic' && name !== undefined && !topics.has(target.topicId))
      topics.set(target.topicId, name);
  }
  return {
    ...bundleOf(documents, warnings),
    topics: [...topics].map(([id, name]) => ({ id, name })),
  };
}

function noHeaderReason(content: string, delimiter: string): string {
  const names =
    delimiter === ',' ? csvHeaderNames(content) : (content.split(/\r?\n/, 1)[0] ?? '').split('\t');
  const idOnly = idOnlyStanceReason(names);
  if (idOnly) return idOnly;
  return delimiter === ','
    ? `the first line is not a stance table header: comma-separated column names with a text (Tweet, Text or post), a target (Target or topic_str) and a stance (Stance or label), as P-Stance writes Tweet,Target,Stance; it names ${names.slice(0, 8).join(', ') || 'nothing'}`
    : 'the first line is not a stance table header: tab-separated column names with Target, Tweet (or Text) and Stance, as SemEval-2016 Task 6 writes ID<Tab>Target<Tab>Tweet<Tab>Stance';
}

function readWarning(path: string, rows: number, columns: StanceColumns): string {
  const modelled = [columns.target, columns.text, columns.stance];
  const kept = columns.names.filter((_, i) => !modelled.includes(i));
  const labels = columns.labels
    ? `; stance labels read as ${columns.labels.dataset} defines them (${Object.entries(
        columns.labels.polarities,
      )
        .map(([n, p]) => `${n} = ${p}`)
        .join(', ')})`
    : '';
  return `${path}: ${rows} rows read as stance table rows, one document each (its text the ${columns.names[columns.text] ?? 'text'} cell, the stance's evidence a span over all of it)${labels}${kept.length > 0 ? `; kept and written back by the stance TSV export: ${kept.join(', ')}` : ''}`;
}

function readRows(
  file: FormatFile,
  columns: StanceColumns,
  errors: ErrorCollector,
): FormatDocument[] {
  const { names, delimiter } = columns;
  const lower = names.map((n) => n.trim().toLowerCase());
  const idColumn = ID_NAMES.map((n) => lower.indexOf(n)).find((i) => i >= 0) ?? -1;
  const documents: FormatDocument[] = [];
  const used = new Set<string>();
  const table = tableRecords(file.content, delimiter);
  if (table.problem) errors.add(file.path, table.problem.line, table.problem.reason);
  const rows = table.records.length - 1;
  const open = !file.content.endsWith('\n');
  table.records.slice(1).forEach(({ line, cells }: TableRecord, i) => {
    if (cells.length !== names.length) {
      const hint =
        delimiter === ','
          ? 'a cell holding a comma or a line break must be in double quotes'
          : 'a tab inside a tweet splits it: replace it by a space';
      errors.add(
        file.path,
        line,
        `has ${cells.length} cells where the header names ${names.length} (${names.join(', ')}); ${hint}`,
      );
      return;
    }
    const cell = (k: number) => (cells[k] ?? '').trim();
    const missing = [columns.target, columns.text, columns.stance].filter((k) => cell(k) === '');
    if (missing.length > 0) {
      errors.add(
        file.path,
        line,
        `has no ${missing.map((k) => names[k] ?? '').join(' or ')}; every row needs a target, a text and a stance`,
      );
      return;
    }
    const polarity = polarityOf(cell(columns.stance), columns.labels);
    if ('error' in polarity) {
      errors.add(file.path, line, polarity.error);
      return;
    }
    const id = idColumn >= 0 ? cell(idColumn) : '';
    const base = id !== '' ? id : `${baseName(file.path)}-${line}`;
    const name = used.has(base) ? `${base}-${line}` : base;
    used.add(name);
    const openEnd = open && i === rows - 1;
    const place = { file: file.path, row: i + 1, lineBreak: table.lineBreak, openEnd };
    const doc = rowDocument(name, cells, columns, polarity.polarity, place);
    documents.push(id === '' ? { ...doc, namedByPlace: file.path } : doc);
  });
  return documents;
}

/** One row as a document: the text, a span over it, the stance, the other cells kept. */
function rowDocument(
  name: string,
  row: readonly string[],
  columns: StanceColumns,
  polarity: string,
  place: RowPlace,
): FormatDocument {
  const raw = row[columns.text] ?? '';
  const lead = raw.length - raw.trimStart().length;
  const start = codePoints([...raw.slice(0, lead)].length);
  const end = codePoints([...raw.trimEnd()].length);
  const target = (row[columns.target] ?? '').trim();
  const cells: Record<string, JsonValue> = {};
  columns.names.forEach((column, i) => {
    if (i !== columns.target && i !== columns.text && i !== columns.stance)
      setOwn(cells, column, row[i] ?? '');
  });
  return {
    ...emptyFormatDocument(name, raw),
    spans: [{ id: 'T1', label: STANCE_EVIDENCE, fragments: [{ start, end }] }],
    stances: [
      {
        id: 'S1',
        target: { kind: 'topic', topicId: topicIdOf(target) },
        polarity,
        evidence: ['T1'],
      },
    ],
    metadata: {
      [KEPT_STANCE_TSV]: {
        target,
        header: [...columns.names],
        cells,
        delimiter: columns.delimiter,
        lineBreak: place.lineBreak,
        file: place.file,
        row: place.row,
        ...(place.openEnd ? { openEnd: true } : {}),
      },
    },
  };
}
