import type { Holder, Target } from '../../model';
import { createOffsetIndex } from '../../spans';
import { coveredText, createEntityLookup, Tally, tallyUnwritten } from '../common';
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

/**
 * Writes one row per stance: a running ID; the target (topic name from `options.topics`,
 * else its id; an entity's name; a span's text); the evidence text (spans joined by a
 * space) as Tweet; the polarity; the holder (entity name or span text); the document
 * name. Tabs and line breaks inside a cell become spaces and are counted.
 * @example ID\tTarget\tTweet\tStance\tHolder\tDocument\n1\tUS troop presence in Iraq\twe will not leave\tFAVOR\tMike Pompeo\treport-1\n
 */
export function writeStanceTsv(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const lookup = createEntityLookup(bundle);
  const topics = new Map((options.topics ?? []).map((t) => [t.id, t.name]));
  const rows: string[][] = [];
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
    for (const stance of doc.stances) {
      const evidence = stance.evidence.map(textOf);
      if (evidence.some((e) => e === undefined)) {
        tally.add('stance referring to a missing span');
        continue;
      }
      if (stance.note !== undefined) tally.add('stance note');
      const target = roleText(stance.target, doc, lookup, textOf, topics);
      const holder = roleText(stance.holder, doc, lookup, textOf, topics);
      rows.push([
        String(rows.length + 1),
        target,
        evidence.join(' '),
        stance.polarity,
        holder,
        doc.name,
      ]);
    }
  }
  const content = [
    [...STANCE_TSV_HEADER],
    ...rows.map((row) => row.map((cell) => clean(cell, tally))),
  ]
    .map((row) => `${row.join('\t')}\n`)
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
