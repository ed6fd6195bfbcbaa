import { describe, expect, it } from 'vitest';
import { defaultLabelStyles } from '../../../src/shared/model';
import { contrast, linear, type Rgb } from '../../helpers/contrast';

/** Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB. */
const VISION: Record<string, readonly Rgb[]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function seen(color: Rgb, matrix: readonly Rgb[]): Rgb {
  const row = (r: Rgb) =>
    Math.min(1, Math.max(0, r[0] * color[0] + r[1] * color[1] + r[2] * color[2]));
  return [row(matrix[0]!), row(matrix[1]!), row(matrix[2]!)];
}

/** CIE L*a*b* (D65) of a linear RGB colour. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The colour the dark theme shows: 55% of the label colour mixed with white (shell.css). */
function onDark(hex: string): Rgb {
  const srgb = [0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16));
  const mixed = srgb.map((c) => Math.round(c * 0.55 + 255 * 0.45));
  return linear(`#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
}

const colors = Object.entries(defaultLabelStyles()).map(
  ([label, style]) => [label, style.color] as const,
);

describe('the default label colours', () => {
  it('computes contrast as WCAG 2 does (known answers)', () => {
    expect(contrast(linear('#000000'), linear('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(linear('#777777'), linear('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(contrast('rgb(119, 119, 119)', 'rgb(255, 255, 255)')).toBeCloseTo(4.48, 2);
  });

  it('stand at 3:1 or more against the light page and, lightened, against the dark page', () => {
    for (const [label, color] of colors) {
      expect(contrast(linear(color), linear('#f7f6f2')), label).toBeGreaterThanOrEqual(3);
      expect(contrast(onDark(color), linear('#15181c')), label).toBeGreaterThanOrEqual(3);
    }
  });

  it('stay apart (ΔE76 ≥ 10) for normal vision, protanopia, deuteranopia and tritanopia', () => {
    for (const [vision, matrix] of Object.entries(VISION)) {
      for (const [i, [a, ca]] of colors.entries()) {
        for (const [b, cb] of colors.slice(i + 1)) {
          const [la, lb] = [lab(seen(linear(ca), matrix)), lab(seen(linear(cb), matrix))];
          const distance = Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
          expect(distance, `${a} and ${b} under ${vision}`).toBeGreaterThanOrEqual(10);
        }
      }
    }
  });
});
