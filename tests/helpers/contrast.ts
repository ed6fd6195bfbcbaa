/** A colour in linear RGB, each channel 0–1. */
export type Rgb = readonly [number, number, number];

/** sRGB hex (`#2f5d8a`) or a computed CSS colour (`rgb(47, 93, 138)`) to linear RGB (IEC 61966-2-1). */
export function linear(color: string): Rgb {
  const numbers = color.startsWith('#')
    ? [0, 1, 2].map((i) => parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16))
    : (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  if (numbers.length !== 3 || numbers.some((n) => Number.isNaN(n)))
    throw new Error(`not an sRGB colour: ${color}`);
  const channel = (i: number): number => {
    const c = numbers[i]! / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(1), channel(2)];
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, linear RGB or CSS strings. */
export function contrast(a: Rgb | string, b: Rgb | string): number {
  const [la, lb] = [a, b].map((c) => luminance(typeof c === 'string' ? linear(c) : c));
  const [hi, lo] = [la!, lb!].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
