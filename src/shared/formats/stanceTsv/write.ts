import type { Holder, Target } from '../../model';
import { createOffsetIndex } from '../../spans';
import { coveredText, createEntityLookup, Tally, tallyUnwritten } from '../common';
import { stanceColumns } from './header';
import { keptStanceRowOf, topicIdOf, type KeptStanceRow } from './keptStanceTsv';
import type {
  EntityLookup,
  FormatBundle,
  FormatDocument,
  FormatSpan,
  WriteOptions,
  WriteResult,
} from '../common';

/** The file stances are written to, and its header (SemEval-2016 Task 6 columns first). */
export const STANCE_TSV_FILE = 'stance.tsv';
export const STANCE_TSV_HEADER = ['ID', 'Target', 'Tweet', 'Stance', 'Holder', 'Document'] as const;
const BREAKS = /\r\n|[\t\n\r\v\f\u0085\u2028\u2029]/gu;

/** One stance's row before the header is chosen: the modelled cells and the document's kept row. */
interface StanceRow {
  readonly target: string;
  readonly text: string;
  readonly polarity: string;
  readonly holder: string;
  readonly document: string;
  /** The document's whole text when the evidence is all of it but surrounding spaces (a table's row). */
  readonly whole: string | null;
  readonly kept: KeptStanceRow | null;
  /** Whether the row is its document's only stance, so the document's kept cells are its own. */
  readonly only: boolean;
}

/**
 * Writes one row per stance: an ID; the target (topic name from `options.topics`, else its
 * id; an entity's name; a span's text); the evidence text (spans joined by a space) as Tweet;
 * the polarity; the holder (entity name or span text); the document name. Documents read
 * from a stance table carry its other cells (`ID`, `Holder`, `Opinion Towards`, …): they go
 * back in their columns, after these; when every stance comes from a table of one header,
 * that header is written as it was (so SemEval-2016's `ID Target Tweet Stance` files go back
 * in the four columns its scorer reads). Tabs and line breaks in a cell become spaces and are
 * counted.
 * @example ID\tTarget\tTweet\tStance\tHolder\tDocument\n1\tUS troop presence in Iraq\twe will not leave\tFAVOR\tMike Pompeo\treport-1\n
 */
export function writeStanceTsv(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const lookup = createEntityLookup(bundle);
  const topics = new Map((options.topics ?? []).map((t) => [t.id, t.name]));
  // A topic the project does not name is named as the table it came from named it.
  for (const topic of bundle.topics ?? [])
    if (!topics.has(topic.id)) topics.set(topic.id, topic.name);
  for (const doc of bundle.documents) {
    const target = keptStanceRowOf(doc.metadata)?.target;
    if (target !== undefined && !topics.has(topicIdOf(target)))
      topics.set(topicIdOf(target), target);
  }
  const rows: StanceRow[] = [];
  for (const doc of bundle.documents) {
    tallyUnwritten(doc, tally, ['relation', 'document label']);
    tally.add('span outside any stance', spansOutsideStances(doc));
    const index = createOffsetIndex(doc.text);
    const spans = new Map(
      doc.spans.flatMap((s) => (s.id === undefined ? [] : [[s.id, s] as const])),
    );
    const textOf = (id: string) => {
      const span = spans.get(id);
      return span && coveredText(doc.text, index, span.fragments);
    };
    const kept = keptStanceRowOf(doc.metadata);
    for (const stance of doc.stances) {
      const evidence = stance.evidence.map(textOf);
      if (evidence.some((e) => e === undefined)) {
        tally.add('stance referring to a missing span');
        continue;
      }
      if (stance.note !== undefined) tally.add('stance note');
      const text = evidence.join(' ');
      rows.push({
        target: roleText(stance.target, doc, lookup, textOf, topics),
        text,
        whole: kept && text === doc.text.trim() ? doc.text : null,
        polarity: stance.polarity,
        holder: roleText(stance.holder, doc, lookup, textOf, topics),
        document: doc.name,
        kept,
        only: doc.stances.length === 1,
      });
    }
  }
  const table = sameTable(rows) ?? loupeTable(rows);
  const content = [table.header, ...table.rows]
    .map((row) => `${row.map((cell) => clean(cell, tally)).join('\t')}\n`)
    .join('');
  return {
    files: [{ path: STANCE_TSV_FILE, content }],
    summary: {
      documents: bundle.documents.length,
      spans: 0,
      stances: rows.length,
      notExpressed: tally.toRecord(),
    },
  };
}

interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The table as it was read, when every row is the only stance of a document read from tables of one header. */
function sameTable(rows: readonly StanceRow[]): Table | null {
  const header = rows[0]?.kept?.header;
  if (!header || header.length === 0) return null;
  const same = rows.every(
    (r) =>
      r.only &&
      r.kept?.header.length === header.length &&
      r.kept.header.every((h, i) => h === header[i]),
  );
  const columns = same ? stanceColumns(header.join('\t')) : null;
  if (!columns) return null;
  return {
    header,
    rows: rows.map((row) =>
      header.map((name, i) =>
        i === columns.target
          ? row.target
          : i === columns.text
            ? (row.whole ?? row.text)
            : i === columns.stance
              ? row.polarity
              : (row.kept?.cells[name] ?? ''),
      ),
    ),
  };
}

/** Loupe's columns, then every other column the rows' tables had, in the order first met. */
function loupeTable(rows: readonly StanceRow[]): Table {
  const own = new Set(STANCE_TSV_HEADER.map((h) => h.toLowerCase()));
  const extra: string[] = [];
  for (const row of rows)
    for (const name of Object.keys(row.only ? (row.kept?.cells ?? {}) : {}))
      if (!own.has(name.trim().toLowerCase()) && !extra.includes(name)) extra.push(name);
  const keptIds = new Set(
    rows.flatMap((r) => (r.only && keptCell(r, 'ID') ? [keptCell(r, 'ID')] : [])),
  );
  let next = 0;
  const freshId = () => {
    do next++;
    while (keptIds.has(String(next)));
    return String(next);
  };
  const used = new Set<string>();
  return {
    header: [...STANCE_TSV_HEADER, ...extra],
    rows: rows.map((row) => {
      const keptId = row.only ? keptCell(row, 'ID') : '';
      const id = keptId !== '' && !used.has(keptId) ? keptId : freshId();
      used.add(id);
      return [
        id,
        row.target,
        row.text,
        row.polarity,
        row.holder || (row.only ? keptCell(row, 'Holder') : ''),
        (row.only ? keptCell(row, 'Document') : '') || row.document,
        ...extra.map((name) => (row.only ? (row.kept?.cells[name] ?? '') : '')),
      ];
    }),
  };
}

/** A kept cell of a row's document by column name, in any case. */
function keptCell(row: StanceRow, name: string): string {
  const cells = row.kept?.cells ?? {};
  const key = Object.keys(cells).find((k) => k.trim().toLowerCase() === name.toLowerCase());
  return key === undefined ? '' : (cells[key] ?? '').trim();
}

function roleText(
  role: Holder | Target | undefined,
  doc: FormatDocument,
  lookup: EntityLookup,
  textOf: (id: string) => string | undefined,
  topics: ReadonlyMap<string, string>,
): string {
  if (!role) return '';
  if (role.kind === 'topic') return topics.get(role.topicId) ?? role.topicId;
  if (role.kind === 'entity') return lookup(doc, role.entityId)?.name ?? role.entityId;
  return textOf(role.spanId) ?? '';
}

function spansOutsideStances(doc: FormatDocument): number {
  const used = new Set<string>();
  for (const s of doc.stances) {
    s.evidence.forEach((id) => used.add(id));
    if (s.holder?.kind === 'span') used.add(s.holder.spanId);
    if (s.target?.kind === 'span') used.add(s.target.spanId);
  }
  return doc.spans.filter((s: FormatSpan) => s.id === undefined || !used.has(s.id)).length;
}

function clean(cell: string, tally: Tally): string {
  const cleaned = cell.replace(BREAKS, ' ');
  if (cleaned !== cell) tally.add('tab or line break in a cell written as a space');
  return cleaned;
}
