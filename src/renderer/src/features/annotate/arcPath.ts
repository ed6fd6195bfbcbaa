/** One end of an arc: the top edge of a span's first box, in the page's coordinates. */
export interface ArcEnd {
  readonly left: number;
  readonly right: number;
  readonly top: number;
}

/** Where an arc's ends sit, and the text column's edges (where an arc between lines leaves and enters a line). */
export interface ArcEnds {
  readonly from: ArcEnd;
  readonly to: ArcEnd;
  readonly column: { readonly left: number; readonly right: number };
}

/** An arc ready to draw: one SVG path per line it crosses (the arrow on the one reaching `to`), and its labels. */
export interface ArcShape {
  readonly segments: readonly { readonly d: string; readonly arrow: boolean }[];
  readonly labels: readonly { readonly x: number; readonly y: number }[];
}

/** How far above the text an arc rises: from 7 px for neighbours to 12 px (mid-gap between lines) for arcs across the line. */
export function arcRise(width: number): number {
  return Math.min(12, 7 + width / 100);
}

/** How much higher each stacking level rises than the one below: a label's height and a little air. */
export const LEVEL_STEP = 11;

/** One horizontal stretch of an arc over one line: an arc on one line has one, an arc between lines two. */
export interface ArcPiece {
  /** The top of the spans it leaves from, in the page's coordinates: pieces over one line share it. */
  readonly line: number;
  readonly left: number;
  readonly right: number;
}

/**
 * The stretches of an arc over each line it touches, in the order of `arcPath`'s segments:
 * from span to span on one line; between lines, from the upper span to the column's right
 * edge, then from the column's left edge to the lower span.
 */
export function arcPieces({ from, to, column }: ArcEnds): ArcPiece[] {
  const a = { x: (from.left + from.right) / 2, y: from.top };
  const b = { x: (to.left + to.right) / 2, y: to.top };
  if (Math.abs(a.y - b.y) < SAME_LINE)
    return [{ line: Math.min(a.y, b.y), left: Math.min(a.x, b.x), right: Math.max(a.x, b.x) }];
  const upper = a.y < b.y ? a : b;
  const lower = a.y < b.y ? b : a;
  return [
    { line: upper.y, left: upper.x, right: Math.max(column.right, upper.x) },
    { line: lower.y, left: Math.min(column.left, lower.x), right: lower.x },
  ];
}

/** Ends closer than this vertically are on one line. */
const SAME_LINE = 4;

/**
 * An arc from the middle of one span's top edge to the middle of the other's, as brat draws
 * it: on one line, a curve rising into the line gap above the text with its label centred on
 * the highest point; between lines, a rise from the upper span running to the column's right
 * edge and one from the column's left edge down to the lower span, so no arc crosses text.
 * `levels` lift each of its pieces (see `arcPieces`) by that many steps, so arcs over the same
 * words stack instead of drawing their labels over each other.
 * @example arcPath({ from: { left: 0, right: 40, top: 100 }, to: { left: 200, right: 240, top: 100 }, column: { left: 0, right: 700 } }).segments[0].d → 'M 20 100 C 20 88 220 88 220 100'
 */
export function arcPath({ from, to, column }: ArcEnds, levels: readonly number[] = []): ArcShape {
  const a = { x: round((from.left + from.right) / 2), y: round(from.top) };
  const b = { x: round((to.left + to.right) / 2), y: round(to.top) };
  const lift = (piece: number): number => (levels[piece] ?? 0) * LEVEL_STEP;
  if (Math.abs(a.y - b.y) < SAME_LINE) {
    const rise = arcRise(Math.abs(b.x - a.x)) + lift(0);
    const peak = round(Math.min(a.y, b.y) - rise);
    // A cubic curve's highest point is 3/4 of the way to its control points' height.
    const control = round(peak - rise / 3);
    return {
      segments: [
        { d: `M ${a.x} ${a.y} C ${a.x} ${control} ${b.x} ${control} ${b.x} ${b.y}`, arrow: true },
      ],
      labels: [{ x: round((a.x + b.x) / 2), y: peak }],
    };
  }
  const rise = arcRise(Infinity);
  const upper = a.y < b.y ? a : b;
  const lower = a.y < b.y ? b : a;
  const right = round(Math.max(column.right, upper.x + rise));
  const left = round(Math.min(column.left, lower.x - rise));
  const upperTop = round(upper.y - rise - lift(0));
  const lowerTop = round(lower.y - rise - lift(1));
  // Out of the upper span and off to the right edge; in from the left edge and down to the lower span.
  const out = `${upper.x} ${upper.y} C ${upper.x} ${upperTop} ${upper.x} ${upperTop} ${round(upper.x + rise)} ${upperTop} L ${right} ${upperTop}`;
  const back = `${right} ${upperTop} L ${round(upper.x + rise)} ${upperTop} C ${upper.x} ${upperTop} ${upper.x} ${upperTop} ${upper.x} ${upper.y}`;
  const inward = `${left} ${lowerTop} L ${round(lower.x - rise)} ${lowerTop} C ${lower.x} ${lowerTop} ${lower.x} ${lowerTop} ${lower.x} ${lower.y}`;
  const away = `${lower.x} ${lower.y} C ${lower.x} ${lowerTop} ${lower.x} ${lowerTop} ${round(lower.x - rise)} ${lowerTop} L ${left} ${lowerTop}`;
  const toUpper = upper === b;
  return {
    segments: [
      { d: `M ${toUpper ? back : out}`, arrow: toUpper },
      { d: `M ${toUpper ? away : inward}`, arrow: !toUpper },
    ],
    labels: [
      { x: round((upper.x + right) / 2), y: upperTop },
      { x: round((left + lower.x) / 2), y: lowerTop },
    ],
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
