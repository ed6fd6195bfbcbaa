/**
 * The characters Python's `str.isspace()` is true for, as the body of a regular expression's
 * character class (`[${PYTHON_SPACES}]`): the same set as {@link isPythonSpace}.
 */
export const PYTHON_SPACES =
  '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/**
 * Python's `str.isspace()` for one UTF-16 unit: what spaCy splits text at. Unlike
 * JavaScript's `\s` it includes U+001C–U+001F and U+0085, and leaves out U+FEFF.
 * @example isPythonSpace(0xa0) === true && isPythonSpace(0xfeff) === false
 */
export function isPythonSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit >= 0x1c;
  if (unit < 0x85) return false;
  return (
    unit === 0x85 ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000
  );
}
