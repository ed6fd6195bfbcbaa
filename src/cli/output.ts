import { terminalSafe } from './terminalSafe';

/** Machine output: stdout, JSON when asked (JSON escapes every control character itself). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Lines for people on stdout (a table): each escaped, so text from files never acts on the terminal. */
export function printLines(lines: readonly string[]): void {
  process.stdout.write(lines.map((line) => `${terminalSafe(line)}\n`).join(''));
}

/** One message for people on stderr, as one line: control characters in it are shown escaped. */
export function say(message: string): void {
  process.stderr.write(`${terminalSafe(message)}\n`);
}

/** Loupe's own multi-line text (usage, a stack trace) on stderr: lines kept, other controls escaped. */
export function sayLines(text: string): void {
  process.stderr.write(`${text.split('\n').map(terminalSafe).join('\n')}\n`);
}
