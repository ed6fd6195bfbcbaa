/**
 * True when the UTF-16 units at `at` and `at + 1` are a surrogate pair: one astral code point.
 * A high surrogate with no low one after it is a lone surrogate, one code point of its own, as
 * Python and `[...text]` count it.
 * @example surrogatePairAt('😀', 0) === true; surrogatePairAt('\ud800"', 0) === false
 */
export function surrogatePairAt(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  if (high < 0xd800 || high > 0xdbff) return false;
  const low = text.charCodeAt(at + 1); // NaN past the end: no pair
  return low >= 0xdc00 && low <= 0xdfff;
}
