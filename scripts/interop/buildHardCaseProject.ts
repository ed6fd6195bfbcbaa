import { join } from 'node:path';
import { bratLoad } from './bratLoad';
import { writeBratOriginal } from './bratOriginal';
import { broken, judged, skipped } from './checkResult';
import type { CheckResult } from './checkResult';
import type { GoldDocument } from './goldDocument';
import { ANNOTATOR } from './interopContext';
import type { LoupeCli } from './loupeCli';
import type { SharedTools } from './sharedTools';

/** The hard-case collection and project, and the rows that say whether they are sound. */
export interface HardCaseProject {
  readonly original: string;
  readonly project: string;
  readonly rows: readonly CheckResult[];
}

interface ImportSummary {
  documents?: unknown[];
  spans?: number;
  stances?: number;
  warnings?: string[];
}

const FORMAT = 'hard cases';

/**
 * Writes the gold as a brat collection, checks that brat itself accepts it (so the known
 * answer is valid brat), and builds the project through the CLI: `loupe init`, then
 * `loupe import --format brat --annotator interop`, which must take every document, span
 * and stance without a warning.
 * @example await buildHardCaseProject(loupe, tools, '/tmp/x', HARD_CASES) → { project: '/tmp/x/project', rows: [...] }
 */
export async function buildHardCaseProject(
  loupe: LoupeCli,
  tools: SharedTools,
  work: string,
  gold: readonly GoldDocument[],
): Promise<HardCaseProject> {
  const original = join(work, 'original');
  const project = join(work, 'project');
  await writeBratOriginal(original, gold);
  const rows = await Promise.all([
    originalRow(tools, original),
    importRow(loupe, project, original, gold),
  ]);
  return { original, project, rows };
}

async function originalRow(tools: SharedTools, original: string): Promise<CheckResult> {
  const check = 'brat_load.py accepts the original';
  if (!tools.bratLoad.ok) return skipped(FORMAT, check, tools.bratLoad.reason);
  const report = await bratLoad(tools.bratLoad.path, original);
  const read = (report.counts.entities ?? 0) + (report.counts.triggers ?? 0);
  return judged(FORMAT, check, `issues ${report.issues}`, read > 0, report.problems);
}

async function importRow(
  loupe: LoupeCli,
  project: string,
  original: string,
  gold: readonly GoldDocument[],
): Promise<CheckResult> {
  const check = 'loupe import --format brat: all, no warning';
  const init = await loupe.run(['init', project, '--name', 'interop hard cases']);
  if (init.code !== 0)
    return broken(FORMAT, check, `loupe init exited ${init.code}: ${init.stderr.trim()}`);
  const run = await loupe.run([
    'import',
    project,
    original,
    '--format',
    'brat',
    '--annotator',
    ANNOTATOR,
    '--json',
  ]);
  if (run.code !== 0)
    return broken(FORMAT, check, `loupe import exited ${run.code}: ${run.stderr.trim()}`);
  const summary = JSON.parse(run.stdout) as ImportSummary;
  const spans = gold.reduce((n, doc) => n + doc.spans.length, 0);
  const stances = gold.reduce((n, doc) => n + doc.stances.length, 0);
  const got = {
    documents: summary.documents?.length ?? 0,
    spans: summary.spans ?? 0,
    stances: summary.stances ?? 0,
  };
  const mismatches = [
    ...(got.documents !== gold.length
      ? [`imported ${got.documents} documents, the gold has ${gold.length}`]
      : []),
    ...(got.spans !== spans ? [`imported ${got.spans} spans, the gold has ${spans}`] : []),
    ...(got.stances !== stances
      ? [`imported ${got.stances} stances, the gold has ${stances}`]
      : []),
    ...(summary.warnings ?? []).map((w) => `warning: ${w}`),
  ];
  return judged(
    FORMAT,
    check,
    `spans ${got.spans}/${spans}, stances ${got.stances}/${stances}`,
    got.spans > 0,
    mismatches,
  );
}
