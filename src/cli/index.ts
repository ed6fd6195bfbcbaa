#!/usr/bin/env node
import { WorkbenchError } from '../shared/contract';
import { StoreError } from '../node';
import { CliError } from './cliError';
import { importCommand } from './commands/importCommand';
import { initCommand } from './commands/init';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { validateCommand } from './commands/validate';
import { say } from './output';
import { parseCommandArgs, type ParsedArgs } from './parsedArgs';

const USAGE = `usage: loupe <command> …
  init <dir> [--name N] [--seeds]
  import <dir> <path>… [--format auto|txt] [--annotator NAME]
  validate <dir> [--json]
  stats <dir> [--json]
  serve [<dir>] [--port N]`;

const COMMANDS: Record<string, (args: ParsedArgs) => Promise<void>> = {
  init: initCommand,
  import: importCommand,
  validate: validateCommand,
  stats: statsCommand,
  serve: serveCommand,
};

/** Runs one command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    say(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    say(`loupe: unknown command ${JSON.stringify(name)}\n${USAGE}`);
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
      say(`loupe ${name}: ${error.message}`);
      return 1;
    }
    say(`loupe ${name}: internal error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
