import { codePoints } from '../../spans';
import { baseName, bundleOf, ErrorCollector, splitLines } from '../common';
import type { FormatBundle, FormatDocument, FormatFile, JsonValue } from '../common';
import { emptyFormatDocument } from '../common/formatDocument';
import { stanceColumns, type StanceColumns } from './header';
import { KEPT_STANCE_TSV, keptStanceRowOf, topicIdOf } from './keptStanceTsv';

/** The label of a stance's evidence span when nothing else names it, as brat's Stance trigger is labelled. */
export const STANCE_EVIDENCE = 'Stance';

/**
 * Reads stance tables, tab-separated with a header naming `Target`, `Tweet` (or `Text`) and
 * `Stance` (SemEval-2016 Task 6's `ID Target Tweet Stance`, its full release's `Opinion
 * Towards` and `Sentiment` columns, Loupe's own stance TSV): one document per row, its text
 * the tweet; one stance toward the target (a topic, named as the file names it), its polarity
 * the Stance cell, its evidence a span over the whole text. The row's other cells (`ID`,
 * `Holder`, `Document`, …) are kept and written back by the stance TSV export. A row whose
 * cells do not match the header, or without target, text or stance, is an error by line.
 * @example readStanceTsv([{ path: 'a.txt', content: 'ID\tTarget\tTweet\tStance\n1\tAtheism\tGod is good.\tAGAINST\n' }]).documents[0].stances[0] → { target: { kind: 'topic', topicId: 'atheism' }, polarity: 'AGAINST', evidence: ['T1'] }
 */
export function readStanceTsv(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const documents: FormatDocument[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const columns = stanceColumns(file.content);
    if (!columns) {
      errors.add(
        file.path,
        1,
        'the first line is not a stance table header: tab-separated column names with Target, Tweet (or Text) and Stance, as SemEval-2016 Task 6 writes ID<Tab>Target<Tab>Tweet<Tab>Stance',
      );
      continue;
    }
    const read = readRows(file, columns, errors);
    if (read.length === 0 && errors.count === 0)
      errors.add(file.path, undefined, 'holds a header but no rows of stances');
    documents.push(...read);
    const kept = columns.names.filter(
      (_, i) => i !== columns.target && i !== columns.text && i !== columns.stance,
    );
    warnings.push(
      `${file.path}: ${read.length} rows read as stance table rows, one document each (its text the ${columns.names[columns.text] ?? 'text'} cell, the stance's evidence a span over all of it)${kept.length > 0 ? `; kept and written back by the stance TSV export: ${kept.join(', ')}` : ''}`,
    );
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

function readRows(
  file: FormatFile,
  columns: StanceColumns,
  errors: ErrorCollector,
): FormatDocument[] {
  const { names } = columns;
  const idColumn = names.findIndex((n) => n.trim().toLowerCase() === 'id');
  const documents: FormatDocument[] = [];
  const used = new Set<string>();
  for (const { line, text } of splitLines(file.content).slice(1)) {
    if (text.trim() === '') continue;
    const cells = text.split('\t');
    if (cells.length !== names.length) {
      errors.add(
        file.path,
        line,
        `has ${cells.length} cells where the header names ${names.length} (${names.join(', ')}); a tab inside a tweet splits it: replace it by a space`,
      );
      continue;
    }
    const cell = (i: number) => (cells[i] ?? '').trim();
    const missing = [columns.target, columns.text, columns.stance].filter((i) => cell(i) === '');
    if (missing.length > 0) {
      errors.add(
        file.path,
        line,
        `has no ${missing.map((i) => names[i] ?? '').join(' or ')}; every row needs a target, a text and a stance`,
      );
      continue;
    }
    const id = idColumn >= 0 ? cell(idColumn) : '';
    const base = id !== '' ? id : `${baseName(file.path)}-${line}`;
    const name = used.has(base) ? `${base}-${line}` : base;
    used.add(name);
    documents.push(rowDocument(name, cells, columns));
  }
  return documents;
}

/** One row as a document: the text, a span over it, the stance, the other cells kept. */
function rowDocument(name: string, row: readonly string[], columns: StanceColumns): FormatDocument {
  const raw = row[columns.text] ?? '';
  const lead = raw.length - raw.trimStart().length;
  const start = codePoints([...raw.slice(0, lead)].length);
  const end = codePoints([...raw.trimEnd()].length);
  const target = (row[columns.target] ?? '').trim();
  const cells: Record<string, JsonValue> = {};
  columns.names.forEach((column, i) => {
    if (i !== columns.target && i !== columns.text && i !== columns.stance)
      cells[column] = row[i] ?? '';
  });
  return {
    ...emptyFormatDocument(name, raw),
    spans: [{ id: 'T1', label: STANCE_EVIDENCE, fragments: [{ start, end }] }],
    stances: [
      {
        id: 'S1',
        target: { kind: 'topic', topicId: topicIdOf(target) },
        polarity: (row[columns.stance] ?? '').trim(),
        evidence: ['T1'],
      },
    ],
    metadata: { [KEPT_STANCE_TSV]: { target, header: [...columns.names], cells } },
  };
}
