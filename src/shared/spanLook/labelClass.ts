/** The class every span element of one label carries: `lp-label-` and the label, spelled for CSS. */
const PREFIX = 'lp-label-';

/**
 * A label's class name: letters, digits and `-` kept, every other character written as its
 * code point in hex between underscores, so any label (spaces, quotes, emoji) gives one class
 * that a selector names without escapes, and two labels never share one.
 * @example labelClass('PERSON') === 'lp-label-PERSON'; labelClass('a b') === 'lp-label-a_20_b'
 */
export function labelClass(label: string): string {
  let name = PREFIX;
  for (const char of label) {
    name += /^[A-Za-z0-9-]$/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return name;
}

/**
 * The label a class list names through {@link labelClass}, or null when it names none.
 * @example labelOfClasses('lp-span lp-level-0 lp-label-a_20_b') === 'a b'
 */
export function labelOfClasses(classes: string): string | null {
  const name = classes.split(' ').find((c) => c.startsWith(PREFIX));
  if (name === undefined) return null;
  return name
    .slice(PREFIX.length)
    .replace(/_([0-9a-f]{1,6})_/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}
