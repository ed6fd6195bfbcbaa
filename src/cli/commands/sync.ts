import { resolve } from 'node:path';
import { WorkbenchError } from '../../shared/contract';
import type { SyncConflict, SyncReport } from '../../shared/sync';
import { cloneProject, credentialsFor } from '../../node/sync';
import { CliError } from '../cliError';
import { withWorkbench } from '../openWorkbench';
import { printJson, say, sayLines } from '../output';
import type { ParsedArgs } from '../parsedArgs';

/** `loupe clone <remote> <dir>`: a teammate's copy of the team's project. */
export async function cloneCommand(args: ParsedArgs): Promise<void> {
  const [remote, dir] = args.positionals;
  if (!remote || !dir) throw new CliError('usage: loupe clone <remote> <dir>', 2);
  const result = await cloneProject(
    remote,
    resolve(dir),
    await credentialsFor(remote, { env: process.env, vault: null }),
  ).catch((error: unknown) => {
    if (error instanceof WorkbenchError) throw new CliError(error.message);
    throw error;
  });
  if (args.flag('json')) return printJson(result);
  say(`cloned ${remote} into ${dir}: ${result.files} file(s) at ${result.commit.slice(0, 8)}`);
}

/** One line per open conflict, for people. */
export function describeConflict(c: SyncConflict): string {
  const values = c.values.map((v) => `${v.annotator}: ${JSON.stringify(v.value ?? null)}`);
  return `${c.kind} ${c.subject} ${c.field.join('.')}: ${values.join(' vs ')}`;
}

function describe(report: SyncReport): string {
  const lines = [report.committed ? `committed "${report.committed}"` : 'nothing new to commit'];
  if (report.merge === 'fast-forward') lines.push("brought in teammates' work");
  if (report.merge === 'merged') lines.push("merged teammates' work");
  lines.push(report.pushed ? 'pushed' : 'the remote already had everything');
  for (const t of report.teammates)
    lines.push(
      `since your last sync: ${t.annotator} changed ${t.documents.length} document${t.documents.length === 1 ? '' : 's'}`,
    );
  const open = report.status.conflicts;
  if (open.length > 0) {
    lines.push(`${open.length} unresolved conflict(s); resolve them in Loupe (Project › Sync):`);
    lines.push(...open.map((c) => `  ${describeConflict(c)}`));
  }
  return lines.join('\n');
}

/** `loupe sync <dir> [--remote <path-or-url>] [--message M] [--annotator NAME] [--json]`. */
export async function syncCommand(args: ParsedArgs): Promise<void> {
  const remote = args.string('remote');
  const message = args.string('message');
  const annotator = args.string('annotator');
  const report = await withWorkbench(args.positionals[0], 'loupe sync', 'write', async (wb) => {
    if (annotator) await wb.updateSettings({ annotator });
    const options = message ? { message } : {};
    return remote ? wb.syncWith({ remote, ...options }) : wb.sync(options);
  });
  if (args.flag('json')) printJson(report);
  else sayLines(describe(report));
}
