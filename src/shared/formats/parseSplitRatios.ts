/**
 * Parses `--split`: three parts `train/dev/test`, or two `train/test` (no dev), as
 * percentages or fractions; throws a RangeError with the reason otherwise.
 * @example parseSplitRatios('80/10/10') → [80, 10, 10]; parseSplitRatios('0.9/0.1') → [0.9, 0, 0.1]
 */
export function parseSplitRatios(text: string): [number, number, number] {
  const parts = text.split('/').map((part) => part.trim());
  const numbers = parts.map(Number);
  if ((parts.length !== 2 && parts.length !== 3) || parts.some((p) => !/^\d+(?:\.\d+)?$/.test(p))) {
    throw new RangeError(
      `--split takes train/dev/test (e.g. 80/10/10) or train/test, not ${JSON.stringify(text)}`,
    );
  }
  if (numbers.every((n) => n === 0)) throw new RangeError('--split parts must not all be zero');
  const [train, a, b] = numbers as [number, number, number | undefined];
  return b === undefined ? [train, 0, a] : [train, a, b];
}
