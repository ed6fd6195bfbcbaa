/** An sRGB colour, each channel 0–255. */
type Srgb = readonly [number, number, number];

const AGREE: Srgb = [26, 152, 80]; // #1a9850
const DISAGREE: Srgb = [178, 24, 43]; // #b2182b
const WHITE: Srgb = [255, 255, 255];

/** A channel 0–255 in linear light (IEC 61966-2-1). */
function linear(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Srgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * A heatmap cell's ground (green on the diagonal, red off it, stronger for a larger `share` of
 * the largest count, mixed with white) and the ink that reads on it: black or white, whichever
 * contrasts more, so at least 4.5:1 in either theme (the theme's own ink was white on pink in dark).
 * @example heatCellColors(1, false) // { background: 'rgb(186, 47, 64)', color: '#ffffff' }
 */
export function heatCellColors(
  share: number,
  diagonal: boolean,
): { background: string; color: string } {
  const weight = (15 + share * 75) / 100;
  const base = diagonal ? AGREE : DISAGREE;
  const mix = (i: 0 | 1 | 2): number => Math.round(base[i] * weight + WHITE[i] * (1 - weight));
  const [r, g, b] = [mix(0), mix(1), mix(2)];
  const ground = luminance([r, g, b]);
  return {
    background: `rgb(${r}, ${g}, ${b})`,
    color: 1.05 / (ground + 0.05) >= (ground + 0.05) / 0.05 ? '#ffffff' : '#000000',
  };
}
