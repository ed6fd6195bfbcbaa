/** Control characters (C0 but tab, DEL, C1) and invisible direction overrides a terminal would act on. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\x1b' };

/**
 * Text that came from a file, made inert for a terminal: every control character is shown as
 * an escape (`\x1b`, `\n`, `\u202e`), so a label cannot clear the screen, retitle the terminal,
 * move the cursor or start a line that fakes Loupe's own output. Tabs stay.
 * @example terminalSafe('GPE\x1b[2J') === 'GPE\\x1b[2J'
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
