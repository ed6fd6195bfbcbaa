import type { RgbaImage } from './encodePng';

type Rgba = readonly [number, number, number, number];

/** Signed distance (in unit square coordinates) from a point to each shape of the icon. */
interface Shape {
  readonly color: Rgba;
  distance(x: number, y: number): number;
}

const circle = (cx: number, cy: number, r: number) => (x: number, y: number) =>
  Math.hypot(x - cx, y - cy) - r;
const ring = (cx: number, cy: number, r: number, width: number) => (x: number, y: number) =>
  Math.abs(Math.hypot(x - cx, y - cy) - r) - width / 2;
const roundedBox =
  (cx: number, cy: number, hw: number, hh: number, r: number) => (x: number, y: number) => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
const capsule =
  (ax: number, ay: number, bx: number, by: number, r: number) => (x: number, y: number) => {
    const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - dx * t, py - dy * t) - r;
  };
const within =
  (outer: (x: number, y: number) => number, inner: (x: number, y: number) => number) =>
  (x: number, y: number) =>
    Math.max(outer(x, y), inner(x, y));

const LENS = circle(0.43, 0.43, 0.235);

/** Loupe's mark: a magnifying glass over a line of text with one highlighted span, on a slate tile. */
const SHAPES: readonly Shape[] = [
  { color: [31, 42, 54, 255], distance: roundedBox(0.5, 0.5, 0.46, 0.46, 0.2) },
  { color: [247, 246, 242, 255], distance: LENS },
  {
    color: [176, 186, 196, 255],
    distance: within(roundedBox(0.43, 0.35, 0.16, 0.022, 0.02), LENS),
  },
  { color: [255, 200, 60, 255], distance: within(roundedBox(0.41, 0.43, 0.19, 0.045, 0.02), LENS) },
  { color: [214, 69, 69, 255], distance: within(roundedBox(0.41, 0.478, 0.19, 0.012, 0.01), LENS) },
  { color: [176, 186, 196, 255], distance: within(roundedBox(0.4, 0.53, 0.13, 0.022, 0.02), LENS) },
  { color: [236, 240, 244, 255], distance: ring(0.43, 0.43, 0.25, 0.06) },
  { color: [236, 240, 244, 255], distance: capsule(0.62, 0.62, 0.79, 0.79, 0.05) },
];

/** Renders the icon at `size` pixels with analytic anti-aliasing (coverage from the distance). */
export function drawLoupe(size: number): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const [x, y] = [(px + 0.5) / size, (py + 0.5) / size];
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const shape of SHAPES) {
        const coverage = Math.max(0, Math.min(1, 0.5 - shape.distance(x, y) * size));
        if (coverage === 0) continue;
        const alpha = (shape.color[3] / 255) * coverage;
        const out = alpha + a * (1 - alpha);
        [r, g, b] = [0, 1, 2].map(
          (c) =>
            ((shape.color[c] as number) * alpha + [r, g, b][c]! * a * (1 - alpha)) / (out || 1),
        ) as [number, number, number];
        a = out;
      }
      pixels.set(
        [Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)],
        (py * size + px) * 4,
      );
    }
  }
  return { size, pixels };
}
