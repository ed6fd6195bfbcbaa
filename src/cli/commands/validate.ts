import { withWorkbench } from '../openWorkbench';
import { printJson, say } from '../output';
import type { ParsedArgs } from '../parsedArgs';
import { CliError } from '../cliError';

/**
 * `loupe validate <dir> [--repair] [--json]`: reads every file, checks every span against its
 * text and every entry of the folder; exit 1 on any problem. `--repair` first removes what
 * needs no guess (temp files of interrupted writes, links to nothing), as the project's writer.
 */
export async function validateCommand(args: ParsedArgs): Promise<void> {
  const repair = args.flag('repair');
  const { report, removed } = await withWorkbench(
    args.positionals[0],
    'loupe validate',
    repair ? 'write' : 'read',
    async (workbench) => {
      const fixed = repair ? (await workbench.repairProject({})).removed : [];
      return { report: await workbench.validateProject({}), removed: fixed };
    },
  );
  if (args.flag('json')) printJson(repair ? { ...report, removed } : report);
  for (const file of removed) say(`removed ${file}`);
  for (const problem of report.problems)
    say(`${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.reason}`);
  if (!report.ok) throw new CliError(`${report.problems.length} problem(s) found`);
  say(
    `OK: ${report.documents} document(s), ${report.layers} layer file(s), ${report.spans} span(s).`,
  );
}
