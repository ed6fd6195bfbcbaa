/** Machine output: stdout, JSON when asked. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Messages for people: stderr. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}
