import { withWorkbench } from '../openWorkbench';
import { printJson, printLines } from '../output';
import type { ParsedArgs } from '../parsedArgs';

/** `loupe stats <dir> [--json]`: documents, annotators, spans per label and status. */
export async function statsCommand(args: ParsedArgs): Promise<void> {
  const stats = await withWorkbench(args.positionals[0], 'loupe stats', 'read', (workbench) =>
    workbench.projectStats({}),
  );
  if (args.flag('json')) return printJson(stats);
  const lines = [`${stats.name}: ${stats.documents} document(s), ${stats.characters} characters`];
  for (const a of stats.annotators) {
    lines.push(
      `  ${a.annotator}: ${a.spans} span(s), ${a.stances} stance(s); done ${a.status.done}, in progress ${a.status.in_progress}, todo ${a.status.todo}`,
    );
    for (const [label, count] of Object.entries(a.labels)) lines.push(`    ${label}\t${count}`);
  }
  printLines(lines);
}
