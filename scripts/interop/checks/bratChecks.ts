import { join } from 'node:path';
import { bratCompare } from '../bratCompare';
import type { BratCompareReport } from '../bratCompare';
import { bratLoad } from '../bratLoad';
import { broken, judged, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { exportProject } from '../exportProject';
import { ANNOTATOR } from '../interopContext';
import type { InteropContext } from '../interopContext';

const FORMAT = 'brat';
const NEWS = 'brat (real news)';
const LOAD = 'brat_load.py: no issues';
const COMPARE = 'brat_compare.py: original = export';

/**
 * brat standoff read by brat's own parser: the export of the hard cases loads in brat's
 * server code path with no message or verification issue, and both the hard-case original
 * and the real news collection come back annotation for annotation (up to ids).
 */
export async function bratChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const [hard, news] = await Promise.all([hardCaseChecks(ctx), newsCheck(ctx)]);
  return [...hard, news];
}

async function hardCaseChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const exported = await exportProject(ctx, 'brat', 'brat');
  if (!exported.ok) return [LOAD, COMPARE].map((c) => broken(FORMAT, c, exported.reason));
  return checkBratCollection(ctx, exported.out);
}

/** The brat rows for one collection (an export, or a control) against the hard-case original. */
export async function checkBratCollection(
  ctx: InteropContext,
  collection: string,
): Promise<CheckResult[]> {
  const { bratLoad: load, bratCompare: compare } = ctx.tools;
  const loadRow = load.ok
    ? bratLoad(load.path, collection).then((report) => {
        const read = (report.counts.entities ?? 0) + (report.counts.triggers ?? 0);
        const problems =
          read > 0 ? report.problems : ['brat read no annotation', ...report.problems];
        return judged(FORMAT, LOAD, `issues ${report.issues}`, read > 0, problems);
      })
    : Promise.resolve(skipped(FORMAT, LOAD, load.reason));
  const compareRow = compare.ok
    ? bratCompare(compare.path, ctx.original, collection).then((r) => compared(FORMAT, r))
    : Promise.resolve(skipped(FORMAT, COMPARE, compare.reason));
  return Promise.all([loadRow, compareRow]);
}

async function newsCheck(ctx: InteropContext): Promise<CheckResult> {
  const { newsCollection: news, bratCompare: compare } = ctx.tools;
  if (!news.ok) return skipped(NEWS, COMPARE, news.reason);
  if (!compare.ok) return skipped(NEWS, COMPARE, compare.reason);
  const project = join(ctx.work, 'news-project');
  const init = await ctx.loupe.run(['init', project, '--name', 'news']);
  const imported =
    init.code === 0
      ? await ctx.loupe.run([
          'import',
          project,
          news.path,
          '--format',
          'brat',
          '--annotator',
          ANNOTATOR,
        ])
      : init;
  if (imported.code !== 0)
    return broken(
      NEWS,
      COMPARE,
      `loupe import --format brat ${news.path} exited ${imported.code}: ${imported.stderr.trim().split('\n').slice(-2).join(' ')}`,
    );
  const exported = await exportProject(ctx, 'brat', 'news-brat', [], project);
  if (!exported.ok) return broken(NEWS, COMPARE, exported.reason);
  return compared(NEWS, await bratCompare(compare.path, news.path, exported.out));
}

function compared(format: string, report: BratCompareReport): CheckResult {
  const kinds = Object.entries(report.counts);
  const orig = kinds.reduce((n, [, c]) => n + c.orig, 0);
  const same = kinds.reduce((n, [, c]) => n + c.same, 0);
  const differing = kinds
    .filter(([, c]) => c.orig !== c.same || c.export !== c.same)
    .map(
      ([kind, c]) =>
        `${kind}: ${c.orig} in the original, ${c.export} in the export, ${c.same} identical`,
    );
  const row = tallied(format, COMPARE, 'annotations', same, orig, [
    ...differing,
    ...report.problems,
  ]);
  const extra = kinds.reduce((n, [, c]) => n + c.export - c.same, 0);
  return extra > 0 ? { ...row, count: `${row.count} (+${extra} extra)` } : row;
}
