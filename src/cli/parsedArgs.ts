import { parseArgs } from 'node:util';
import { CliError } from './cliError';
import { errorMessage } from '../shared/errors';

/** A command's arguments: positionals, string options and flags. */
export interface ParsedArgs {
  readonly positionals: string[];
  string(name: string): string | undefined;
  flag(name: string): boolean;
}

const OPTIONS = {
  name: { type: 'string' },
  format: { type: 'string' },
  annotator: { type: 'string' },
  out: { type: 'string' },
  split: { type: 'string' },
  seed: { type: 'string' },
  labels: { type: 'string' },
  overlaps: { type: 'string' },
  annotators: { type: 'string' },
  match: { type: 'string' },
  port: { type: 'string' },
  from: { type: 'string' },
  as: { type: 'string' },
  documents: { type: 'string' },
  remote: { type: 'string' },
  message: { type: 'string' },
  document: { type: 'string' },
  accept: { type: 'string' },
  reject: { type: 'string' },
  scheme: { type: 'string' },
  columns: { type: 'string' },
  'tag-column': { type: 'string' },
  'tag-names': { type: 'string' },
  'text-field': { type: 'string' },
  'text-column': { type: 'string' },
  'label-column': { type: 'string' },
  seeds: { type: 'boolean' },
  json: { type: 'boolean' },
  gold: { type: 'boolean' },
  'only-done': { type: 'boolean' },
  'include-rejected': { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  tokens: { type: 'boolean' },
  'skip-invalid': { type: 'boolean' },
  repair: { type: 'boolean' },
  majority: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Options naming annotators: read in Unicode NFC, as Loupe keeps names (a name pasted from a file name on macOS may come decomposed). */
const NAME_OPTIONS: ReadonlySet<string> = new Set(['annotator', 'annotators', 'from', 'as']);

/** Parses argv after the command name; an unknown option is a usage error. */
export function parseCommandArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message for an option missing its value runs over three lines: the reason is one.
    throw new CliError(errorMessage(error).split('\n').join(' '), 2);
  }
  const values: Readonly<Record<string, string | boolean | undefined>> = parsed.values;
  return {
    positionals: parsed.positionals,
    string: (name) => {
      const value = values[name];
      if (typeof value !== 'string') return undefined;
      return NAME_OPTIONS.has(name) ? value.normalize('NFC') : value;
    },
    flag: (name) => values[name] === true,
  };
}
