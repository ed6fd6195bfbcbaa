import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { exportProject } from '../exportProject';
import type { GoldDocument, GoldStance } from '../goldDocument';
import type { InteropContext } from '../interopContext';
import { runPython } from '../runPython';

interface TsvReport {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, string | null>[];
  readonly error: string | null;
}

const FORMAT = 'stance TSV';
const CHECK = 'datasets csv (tab) rows = gold stances';
const COLUMNS = ['ID', 'Target', 'Tweet', 'Stance', 'Holder'] as const;

/**
 * Stance TSV read by the `datasets` CSV loader with a tab delimiter: SemEval-2016 stance
 * columns plus Holder, one row per gold stance (target topic or span text, evidence text as
 * Tweet, polarity, holder text).
 */
export async function stanceTsvChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const exported = await exportProject(ctx, 'stance-tsv', 'stance-tsv');
  const file = exported.ok ? exported.files.find((f) => f.endsWith('.tsv')) : undefined;
  if (!exported.ok || !file)
    return [broken(FORMAT, CHECK, exported.ok ? 'no .tsv written' : exported.reason)];
  return [await checkStanceTsvFile(ctx, file)];
}

/** The stance TSV row for one file (an export, or a control file). */
export async function checkStanceTsvFile(ctx: InteropContext, file: string): Promise<CheckResult> {
  const python = ctx.python;
  if (!python.ok) return skipped(FORMAT, CHECK, python.reason);
  const report = await runPython<TsvReport>(python, 'stance_tsv.py', [file]);
  if (!report.ok) return broken(FORMAT, CHECK, report.reason);
  const { columns, rows, error } = report.value;
  const mismatches = [
    ...(error ? [`datasets: ${error}`] : []),
    ...COLUMNS.filter((c) => !columns.includes(c)).map(
      (c) => `no ${c} column (columns: ${columns.join(', ')})`,
    ),
  ];
  const left = rows.map(rowKey);
  const expected = ctx.gold.flatMap((doc) => doc.stances.map((s) => expectedKey(doc, s)));
  let matched = 0;
  for (const key of expected) {
    const i = left.indexOf(key);
    if (i === -1) mismatches.push(`expected row ${key} — missing`);
    else {
      left.splice(i, 1);
      matched++;
    }
  }
  mismatches.push(...left.map((key) => `unexpected row ${key}`));
  return tallied(FORMAT, CHECK, 'stances', matched, expected.length, mismatches);
}

function rowKey(row: Readonly<Record<string, string | null>>): string {
  return JSON.stringify(['Target', 'Tweet', 'Stance', 'Holder'].map((c) => row[c] ?? ''));
}

function expectedKey(doc: GoldDocument, stance: GoldStance): string {
  const text = (id: string) => doc.spans.find((s) => s.id === id)?.text ?? '';
  const target = 'topic' in stance.target ? stance.target.topic : text(stance.target.span);
  return JSON.stringify([target, text(stance.evidence), stance.polarity, text(stance.holder)]);
}
