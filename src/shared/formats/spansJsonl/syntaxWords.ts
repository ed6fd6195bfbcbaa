import { littleEndianWords } from '../common';

/** The words of `ascii`, checked to be `n` (as the stores below expect), padded to six. */
export function words(ascii: string, n: number): [number, number, number, number, number, number] {
  const w = littleEndianWords(ascii);
  if (w.length !== n) throw new Error(`${ascii}: ${w.length} words, not ${n}`);
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = w;
  return [a, b, c, d, e, f];
}
