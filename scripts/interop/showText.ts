const INVISIBLE = /[\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/gu;
const LONGEST = 70;

/**
 * A text quoted so every character shows: JSON escapes, plus `\u00a0` for no-break and
 * other invisible spaces; long texts are cut with `…`.
 * @example showText('Mr.\u00a0Pompeo\t') === '"Mr.\\u00a0Pompeo\\t"'
 */
export function showText(text: string): string {
  const chars = [...text];
  const cut = chars.length > LONGEST ? `${chars.slice(0, LONGEST).join('')}…` : text;
  return JSON.stringify(cut).replace(
    INVISIBLE,
    (c) => `\\u${c.codePointAt(0)?.toString(16).padStart(4, '0') ?? ''}`,
  );
}
