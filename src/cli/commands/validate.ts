import { withWorkbench } from '../openWorkbench';
import { printJson, say } from '../output';
import type { ParsedArgs } from '../parsedArgs';
import { CliError } from '../cliError';

/** `loupe validate <dir> [--json]`: reads every file, checks every span against its text; exit 1 on any problem. */
export async function validateCommand(args: ParsedArgs): Promise<void> {
  const report = await withWorkbench(args.positionals[0], 'loupe validate', 'read', (workbench) =>
    workbench.validateProject({}),
  );
  if (args.flag('json')) printJson(report);
  for (const problem of report.problems)
    say(`${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.reason}`);
  if (!report.ok) throw new CliError(`${report.problems.length} problem(s) found`);
  say(
    `OK: ${report.documents} document(s), ${report.layers} layer file(s), ${report.spans} span(s).`,
  );
}
