import { withWorkbench } from '../openWorkbench';
import { CliError } from '../cliError';
import { printJson, printLines, say } from '../output';
import type { ParsedArgs } from '../parsedArgs';
import type { ProjectStats } from '../../shared/contract';

/**
 * `loupe stats <dir> [--json]`: documents, annotators, spans per label and status. What it
 * could not read is left out of the counts and named on stderr, one line each; exit 1 then.
 */
export async function statsCommand(args: ParsedArgs): Promise<void> {
  const stats = await withWorkbench(args.positionals[0], 'loupe stats', 'read', (workbench) =>
    workbench.projectStats({}),
  );
  if (args.flag('json')) printJson(stats);
  else printLines(statsLines(stats));
  for (const { file, reason } of stats.skipped) say(`${file}: ${reason}`);
  if (stats.skipped.length > 0)
    throw new CliError(
      `${stats.skipped.length} file(s) could not be read and are left out of these counts; mend or remove what \`loupe validate\` lists`,
    );
}

function statsLines(stats: ProjectStats): string[] {
  const lines = [`${stats.name}: ${stats.documents} document(s), ${stats.characters} characters`];
  for (const a of stats.annotators) {
    lines.push(
      `  ${a.annotator}: ${a.spans} span(s), ${a.stances} stance(s); done ${a.status.done}, in progress ${a.status.in_progress}, todo ${a.status.todo}`,
    );
    for (const [label, count] of Object.entries(a.labels)) lines.push(`    ${label}\t${count}`);
  }
  return lines;
}
