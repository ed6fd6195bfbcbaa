/**
 * `text` without the run of `chars` at its end, in time linear in that run. A regex such as
 * `/[ \t]+$/` tries every start of every run and is quadratic on a long run that does not end
 * the text (a damaged line of 100,000 tabs followed by a letter takes seconds).
 * @example trimEndOf('a b \t', ' \t') === 'a b'
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
