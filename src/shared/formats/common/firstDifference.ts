/**
 * The 1-based line where two texts first differ, or null when they are the same (how a reader
 * says where its format's export would write a file back otherwise).
 * @example firstDifference('a\nb\n', 'a\nc\n') === 2
 */
export function firstDifference(a: string, b: string): number | null {
  if (a === b) return null;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  let line = 1;
  for (let i = 0; i < at; i++) if (a.charCodeAt(i) === 10) line++;
  return line;
}
