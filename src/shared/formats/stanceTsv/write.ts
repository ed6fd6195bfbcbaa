import type { Holder, Target } from '../../model';
import { createOffsetIndex } from '../../spans';
import { coveredText, createEntityLookup, Tally, tallyUnwritten } from '../common';
import { keptStanceRowOf, topicIdOf } from './keptStanceTsv';
import { inSourceOrder, type StanceRow } from './stanceRow';
import { loupeTable, sameTable, semevalTable } from './stanceTables';
import type {
  EntityLookup,
  FormatBundle,
  FormatDocument,
  FormatSpan,
  WriteOptions,
  WriteResult,
} from '../common';

/** The file stances are written to: `stance.tsv`, or `stance.csv` for a comma-separated table written back. */
export const STANCE_TSV_FILE = 'stance.tsv';
export const STANCE_CSV_FILE = 'stance.csv';
export { STANCE_TSV_HEADER } from './stanceTables';
const BREAKS = /\r\n|[\t\n\r\v\f\u0085\u2028\u2029]/gu;

/**
 * Writes one row per stance: an ID; the target (topic name from `options.topics`, else its
 * id; an entity's name; a span's text); the evidence text (spans joined by a space) as Tweet;
 * the polarity; the holder (entity name or span text); the document name. Documents read
 * from a stance table carry its other cells (`ID`, `Holder`, `Opinion Towards`, …): they go
 * back in their columns, after these; when every stance comes from a table of one header,
 * that header is written as it was, in its own delimiter (a CSV file's cells quoted per RFC
 * 4180) and with its numeric labels (VAST's 0/1/2) as numbers again. `options.columns`
 * `semeval` writes exactly `ID Target Tweet Stance` for SemEval-2016 Task 6's eval.pl instead.
 * Rows read from a table go back in its row order. In tab-separated output, tabs and line
 * breaks in a cell become spaces and are counted.
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
    tallyUnwritten(doc, tally, [
      'relation',
      'document label',
      'line kept from a brat file that was invalid on import',
    ]);
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
  const ordered = inSourceOrder(rows);
  const table =
    options.columns === 'semeval'
      ? semevalTable(ordered, tally)
      : (sameTable(ordered, tally) ?? loupeTable(ordered));
  const content = [table.header, ...table.rows]
    .map(
      (row) =>
        `${row.map((cell) => cellText(cell, table.delimiter, tally)).join(table.delimiter)}${table.lineBreak}`,
    )
    .join('');
  const written = table.openEnd ? content.slice(0, -table.lineBreak.length) : content;
  return {
    files: [
      { path: table.delimiter === ',' ? STANCE_CSV_FILE : STANCE_TSV_FILE, content: written },
    ],
    summary: tally.summary({ documents: bundle.documents.length, spans: 0, stances: rows.length }),
  };
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

/** A cell as the table's delimiter needs it: quoted per RFC 4180 in CSV, without tabs and line breaks in TSV. */
function cellText(cell: string, delimiter: '\t' | ',', tally: Tally): string {
  if (delimiter === ',') return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  const cleaned = cell.replace(BREAKS, ' ');
  if (cleaned !== cell) tally.add('tab or line break in a cell written as a space');
  return cleaned;
}
