#!/usr/bin/env node
import { getOwn } from '../shared/collections';
import { WorkbenchError } from '../shared/contract';
import {
  EXPORT_FORMATS,
  EXPORT_SCHEMES,
  IMPORT_FORMATS,
  IMPORT_SCHEMES,
  STANCE_COLUMN_SETS,
} from '../shared/contract/interchange';
import { StoreError } from '../node';
import { CliError } from './cliError';
import { adjudicateCommand } from './commands/adjudicate';
import { agreeCommand } from './commands/agree';
import { exportCommand } from './commands/exportCommand';
import { importCommand } from './commands/importCommand';
import { initCommand } from './commands/init';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { suggestCommand } from './commands/suggest';
import { cloneCommand, syncCommand } from './commands/sync';
import { validateCommand } from './commands/validate';
import { say, sayLines } from './output';
import { systemErrorLine } from './systemErrorLine';
import { parseCommandArgs, type ParsedArgs } from './parsedArgs';

const USAGE = `usage: loupe <command> …
  init <dir> [--name N] [--seeds]
  import <dir> <path>… [--format ${IMPORT_FORMATS.join('|')}]
         [--annotator NAME] [--scheme ${IMPORT_SCHEMES.join('|')}] [--tag-column N] [--tag-names O,B-PER,…]
         [--text-field NAME] [--text-column NAME] [--label-column NAME] [--skip-invalid] [--json]
         (doccano: the CSV columns or JSON keys holding the text and the labels, its
          import's column_data and column_label; text and label by default)
  export <dir> --format ${EXPORT_FORMATS.join('|')} --out PATH
         [--annotator NAME | --gold | --annotators A,B,…] [--only-done] [--split 80/10/10 --seed N]
         [--labels A,B,…] [--overlaps error|longest|first] [--scheme ${EXPORT_SCHEMES.join('|')}]
         [--columns ${STANCE_COLUMN_SETS.join('|')}] [--tokens] [--include-rejected] [--allow-empty] [--json]
         (stance-tsv: --columns semeval writes exactly ID Target Tweet Stance, the four
          tab-separated columns SemEval-2016 Task 6's eval.pl reads; use it for gold and
          guess files to score, and auto (the default) to write a table back as it was read;
          spans-jsonl --tokens: tokens and token indices in every record, as Prodigy's;
          --annotators A,B: doccano, labelstudio, these layers together, a record or task
          several annotated written whole, each annotation with its user; spans-jsonl, each
          layer's Prodigy record of a task, in the file's order)
  suggest <dir> [--from ANNOTATOR] [--as ANNOTATOR] [--labels A,B,…] [--documents D1,D2,…] [--seed N] [--json]
  validate <dir> [--repair] [--json]
  agree <dir> --annotators A,B[,C…] [--match exact|overlap|token] [--include-rejected] [--json]
  adjudicate <dir> --document NAME --annotators A,B,C[,…] [--majority] [--accept ID,…] [--reject ID,…]
             [--annotator NAME] [--json]
  stats <dir> [--json]
  clone <remote> <dir>
  sync <dir> [--remote <path-or-url>] [--message M] [--annotator NAME] [--json]
  serve [<dir>] [--port N]`;

const COMMANDS: Record<string, (args: ParsedArgs) => Promise<void>> = {
  init: initCommand,
  import: importCommand,
  export: exportCommand,
  suggest: suggestCommand,
  validate: validateCommand,
  agree: agreeCommand,
  adjudicate: adjudicateCommand,
  stats: statsCommand,
  clone: cloneCommand,
  sync: syncCommand,
  serve: serveCommand,
};

/** Commands that take `--annotator NAME`, where a missing name can be given on the line. */
const TAKES_ANNOTATOR = new Set(['import', 'export', 'adjudicate', 'sync']);

/** What a command-line user can do about a missing annotator name (the app asks for it itself). */
function annotatorHint(command: string, error: WorkbenchError | StoreError): string {
  if (!(error instanceof WorkbenchError) || error.code !== 'no_annotator') return '';
  const where = TAKES_ANNOTATOR.has(command) ? 'pass --annotator NAME, or ' : '';
  return ` (${where}open the project in Loupe once: it asks your name and keeps it in your user folder)`;
}

/** Runs one command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    sayLines(USAGE);
    return name ? 0 : 2;
  }
  const command = getOwn(COMMANDS, name);
  if (!command) {
    say(`loupe: unknown command ${JSON.stringify(name)}`);
    sayLines(USAGE);
    return 2;
  }
  try {
    await command(parseCommandArgs(rest));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      say(`loupe ${name}: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof WorkbenchError || error instanceof StoreError) {
      say(`loupe ${name}: ${error.message}${annotatorHint(name, error)}`);
      return 1;
    }
    const system = systemErrorLine(error);
    if (system) {
      say(`loupe ${name}: ${system}`);
      return 1;
    }
    const trace = error instanceof Error ? error.stack : undefined;
    sayLines(`loupe ${name}: internal error: ${trace ?? String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
