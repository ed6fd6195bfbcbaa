import { join } from 'node:path';
import { ANNOTATOR } from './interopContext';
import type { InteropContext } from './interopContext';

/** An export's folder and files, or why `loupe export` refused. */
export type ExportRun =
  | { readonly ok: true; readonly out: string; readonly files: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Runs `loupe export <project> --format F --out <work>/exports/<name> --annotator interop --json`
 * with any further options.
 * @example await exportProject(ctx, 'conll', 'conll', ['--labels', 'PERSON,ORG,GPE'])
 */
export async function exportProject(
  ctx: InteropContext,
  format: string,
  name: string,
  options: readonly string[] = [],
  project = ctx.project,
): Promise<ExportRun> {
  const out = join(ctx.work, 'exports', name);
  const args = ['export', project, '--format', format, '--out', out, '--annotator', ANNOTATOR];
  const run = await ctx.loupe.run([...args, ...options, '--json']);
  if (run.code !== 0)
    return {
      ok: false,
      reason: `loupe ${[...args.slice(0, 1), ...args.slice(2, 4), ...options].join(' ')} exited ${run.code}: ${run.stderr.trim().split('\n').slice(-2).join(' ')}`,
    };
  try {
    const parsed = JSON.parse(run.stdout) as { files?: unknown };
    const files = Array.isArray(parsed.files) ? parsed.files.map(String) : [];
    return { ok: true, out, files };
  } catch {
    return {
      ok: false,
      reason: `loupe export --format ${format} printed no JSON: ${run.stdout.slice(0, 200)}`,
    };
  }
}
