import { showText } from './showText';

const AROUND = 12;

/**
 * Where two texts first differ, in code points, with a little context from each.
 * @example describeDifference('a\tb', 'a b') === 'differs at code point 1: expected "a\\tb" got "a b"'
 */
export function describeDifference(expected: string, got: string): string {
  const a = [...expected];
  const b = [...got];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return 'identical';
  const from = Math.max(0, i - 4);
  const show = (chars: string[]) => showText(chars.slice(from, i + AROUND).join(''));
  return `differs at code point ${i} of ${a.length}: expected ${show(a)} got ${show(b)}${b.length !== a.length ? ` (length ${b.length})` : ''}`;
}
