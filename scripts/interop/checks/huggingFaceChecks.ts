import { dirname, join } from 'node:path';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { compareTokenEntities } from '../compareTokenEntities';
import type { TokenEntity } from '../compareTokenEntities';
import type { InteropContext } from '../interopContext';
import { iobGold } from '../iobGold';
import { matchDocuments } from '../matchDocuments';
import { runPython } from '../runPython';
import { exportWithLabels } from './exportWithLabels';

interface HfRecord {
  readonly id: string;
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
  readonly entities: readonly TokenEntity[];
  readonly problems: readonly string[];
}
interface HfReport {
  readonly records: readonly HfRecord[];
  readonly error: string | null;
  readonly card: {
    readonly exists: boolean;
    readonly dataset_info: boolean;
    readonly problem: string | null;
  };
}
interface HfDocument {
  readonly id: string;
  readonly words: string[];
  readonly entities: TokenEntity[];
  readonly problems: string[];
}

const FORMAT = 'Hugging Face';
const LOAD = 'load_dataset("json") + ClassLabel cast';
const DECODE = 'ner_tags decode to gold entities';
const CARD = 'dataset card README.md with dataset_info';

/**
 * Hugging Face token classification read by `datasets`: the JSONL loads, `ner_tags` cast to
 * `ClassLabel(names=label_names.json)`, decoded tags give the gold entities, and a dataset
 * card with `dataset_info` lies beside the records.
 */
export async function huggingFaceChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const { row, exported } = await exportWithLabels(ctx, FORMAT, 'hf');
  const records = exported.ok ? exported.files.find((f) => f.endsWith('.jsonl')) : undefined;
  if (!exported.ok || !records) {
    const reason = exported.ok ? 'the export wrote no .jsonl file' : exported.reason;
    return [row, ...[LOAD, DECODE, CARD].map((c) => broken(FORMAT, c, reason))];
  }
  return [row, ...(await checkHuggingFaceFiles(ctx, records))];
}

/** The datasets rows for one records file with `label_names.json` (and a card) beside it. */
export async function checkHuggingFaceFiles(
  ctx: InteropContext,
  records: string,
): Promise<CheckResult[]> {
  const python = ctx.python;
  if (!python.ok) return [LOAD, DECODE, CARD].map((c) => skipped(FORMAT, c, python.reason));
  const names = join(dirname(records), 'label_names.json');
  const report = await runPython<HfReport>(python, 'hf_dataset.py', [records, names]);
  if (!report.ok) return [LOAD, DECODE, CARD].map((c) => broken(FORMAT, c, report.reason));
  const { card, error } = report.value;
  const loaded = report.value.records.length;
  return [
    tallied(FORMAT, LOAD, 'records', loaded, loaded, error ? [`datasets: ${error}`] : []),
    decodeCheck(ctx, report.value.records),
    tallied(
      FORMAT,
      CARD,
      'cards',
      card.dataset_info ? 1 : 0,
      1,
      card.problem ? [card.problem] : [],
    ),
  ];
}

function decodeCheck(ctx: InteropContext, records: readonly HfRecord[]): CheckResult {
  const documents = groupByDocument(records);
  const match = matchDocuments(ctx.gold, documents, (d) => d.words.join(' '));
  const mismatches = [...match.unmatched];
  let matched = 0;
  for (const [gold, doc] of match.pairs) {
    const compared = compareTokenEntities(gold, doc.words, doc.entities);
    matched += compared.matched;
    mismatches.push(...compared.mismatches, ...doc.problems.map((p) => `${gold.name}: ${p}`));
  }
  const total = ctx.gold.reduce((n, doc) => n + iobGold(doc).length, 0);
  return tallied(FORMAT, DECODE, 'entities', matched, total, mismatches);
}

/** Records are sentences with ids `<document>-<k>`: joined back into documents, in order. */
function groupByDocument(records: readonly HfRecord[]): HfDocument[] {
  const byId = new Map<string, HfDocument>();
  for (const record of records) {
    const id = record.id.replace(/-\d+$/u, '');
    const doc = byId.get(id) ?? { id, words: [], entities: [], problems: [] };
    byId.set(id, doc);
    const shift = doc.words.length;
    doc.words.push(...record.tokens);
    doc.entities.push(
      ...record.entities.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })),
    );
    doc.problems.push(...record.problems.map((p) => `record ${record.id}: ${p}`));
  }
  return [...byId.values()];
}
