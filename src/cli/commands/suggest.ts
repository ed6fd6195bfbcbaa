import type { Scores } from '../../shared/agreement';
import type { SuggestResult } from '../../shared/contract';
import { CliError } from '../cliError';
import { terminalMonitor } from '../monitorOf';
import { withWorkbench } from '../openWorkbench';
import { printJson, printLines } from '../output';
import type { ParsedArgs } from '../parsedArgs';
import { countOf } from '../../shared/text';

function listOf(args: ParsedArgs, name: string): string[] | undefined {
  const value = args.string(name);
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0) throw new CliError(`--${name} needs at least one name`, 2);
  return items;
}

function seedOf(args: ParsedArgs): number | undefined {
  const value = args.string('seed');
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new CliError(`--seed must be a whole number, not ${JSON.stringify(value)}`, 2);
  return Number(value);
}

function figure(value: number | null): string {
  return value === null ? '     —' : value.toFixed(3).padStart(6);
}

function scoreRow(name: string, s: Scores): string {
  return `  ${name.padEnd(14)} ${figure(s.precision)} ${figure(s.recall)} ${figure(s.f1)}`;
}

/** What was learned, what was written and the cross-validated scores, for people to read. */
function report(r: SuggestResult): string[] {
  const spans = Object.entries(r.trainedOn.spans);
  const lines = [
    `Learned from ${r.from}: ${countOf(r.trainedOn.documents, 'document')}, ${spans.map(([l, n]) => `${l} ${n}`).join(', ')}`,
    `Wrote ${countOf(r.suggested.spans, 'new suggestion')} for ${countOf(r.suggested.documents, 'document')} into ${r.as}'s layers (seed ${r.seed}, ${r.seconds.toFixed(1)} s)`,
  ];
  const cv = r.crossValidation;
  if (cv) {
    lines.push(
      '',
      `Cross-validated on ${r.from}'s documents (${cv.folds} folds, exact spans):`,
      `  ${'label'.padEnd(14)}      P      R     F1`,
      scoreRow('all', cv.overall),
      ...Object.entries(cv.byLabel).map(([label, s]) => scoreRow(label, s)),
    );
  } else lines.push('', 'No cross-validation: fewer than two annotated documents.');
  return lines;
}

/**
 * `loupe suggest <dir> --from A [--as model] [--labels …] [--documents …] [--seed N] [--json]`:
 * learns from A's spans and writes suggestions into the machine annotator's layers.
 */
export async function suggestCommand(args: ParsedArgs): Promise<void> {
  const from = args.string('from');
  const as = args.string('as');
  const labels = listOf(args, 'labels');
  const documents = listOf(args, 'documents');
  const seed = seedOf(args);
  const monitor = terminalMonitor('suggest');
  const result = await withWorkbench(args.positionals[0], 'loupe suggest', 'write', (workbench) =>
    workbench.suggest(
      {
        ...(from ? { from } : {}),
        ...(as ? { as } : {}),
        ...(labels ? { labels } : {}),
        ...(documents ? { documents } : {}),
        ...(seed === undefined ? {} : { seed }),
      },
      monitor,
    ),
  ).finally(() => monitor.done());
  if (args.flag('json')) return printJson(result);
  // Labels come from the project's files: printed escaped, never acting on the terminal.
  printLines(report(result));
}
