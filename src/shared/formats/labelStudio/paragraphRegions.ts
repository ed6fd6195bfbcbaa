import type { Tally } from '../common';
import type { FormatSpan } from '../common';
import { codePoints } from '../../spans';
import type { ParagraphLayout } from './paragraphs';

/** Where a `paragraphlabels` region lies: paragraph indexes (as Label Studio writes them, strings) and UTF-16 offsets in them. */
export interface ParagraphPlace {
  readonly start: string;
  readonly end: string;
  readonly startOffset: number;
  readonly endOffset: number;
}

/** A part of a span within one paragraph's text, in code points of that paragraph. */
interface Piece {
  readonly paragraph: number;
  readonly from: number;
  readonly to: number;
}

/**
 * A span's `paragraphlabels` region values (place and covered `text`): its fragments cut to
 * the paragraphs' texts, and runs that go on from one paragraph's end to the next one's start
 * joined into one region with `start` ≠ `end`, as Label Studio writes a selection across
 * paragraphs (a span read from such a region goes back as it came). What lies on an author
 * name or a line break between paragraphs is not paragraph text, so it is left out and
 * counted in `tally`; a span with nothing else gives no region.
 * @example paragraphRegionValues(layoutOf('d', [{ author: 'Mia', text: 'Hi' }]), { label: 'X', fragments: [fragmentOf(5, 7)] }, tally) → [{ start: '0', end: '0', startOffset: 0, endOffset: 2, text: 'Hi' }]
 */
export function paragraphRegionValues(
  layout: ParagraphLayout,
  span: Pick<FormatSpan, 'fragments'>,
  tally: Tally,
): (ParagraphPlace & { text: string })[] {
  const pieces: Piece[] = [];
  let outside = 0;
  for (const f of span.fragments) {
    const found = piecesOf(layout, f.start, f.end);
    pieces.push(...found);
    outside += f.end - f.start - found.reduce((sum, p) => sum + p.to - p.from, 0);
  }
  if (pieces.length === 0) {
    tally.add('span over an author name only (not the text of a paragraph), not written');
    return [];
  }
  if (outside > 0)
    tally.add('span cut to the paragraphs’ text (author names and line breaks left out)');
  pieces.sort((a, b) => a.paragraph - b.paragraph || a.from - b.from);
  return runsOf(layout, pieces).map((run) => valueOf(layout, run));
}

/** The parts of the code point range [start, end) of the document that lie in a paragraph's text. */
function piecesOf(layout: ParagraphLayout, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  for (let paragraph = lastStartingBy(layout.starts, start); ; paragraph++) {
    const base = layout.starts[paragraph];
    const paragraphText = layout.texts[paragraph];
    if (base === undefined || !paragraphText || base >= end) break;
    const from = Math.max(start, base) - base;
    const to = Math.min(end, base + paragraphText.index.codePointLength) - base;
    if (from < to) pieces.push({ paragraph, from, to });
  }
  return pieces;
}

/** The last paragraph whose text starts at or before `at` (0 when none does). */
function lastStartingBy(starts: readonly number[], at: number): number {
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(lo, 0);
}

/** Pieces grouped into runs, each going on from a paragraph's end to the next non-empty one's start. */
function runsOf(layout: ParagraphLayout, pieces: readonly Piece[]): Piece[][] {
  const runs: Piece[][] = [];
  for (const piece of pieces) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && continues(layout, last, piece)) run.push(piece);
    else runs.push([piece]);
  }
  return runs;
}

function continues(layout: ParagraphLayout, last: Piece, next: Piece): boolean {
  const length = (i: number) => layout.texts[i]?.index.codePointLength ?? 0;
  if (next.from !== 0 || last.to !== length(last.paragraph) || next.paragraph <= last.paragraph)
    return false;
  for (let i = last.paragraph + 1; i < next.paragraph; i++) if (length(i) > 0) return false;
  return true;
}

function valueOf(
  layout: ParagraphLayout,
  run: readonly Piece[],
): ParagraphPlace & { text: string } {
  const [first, last] = [run[0], run.at(-1)];
  if (!first || !last) throw new Error('a run holds at least one piece');
  const utf16 = (p: Piece, at: number) =>
    layout.texts[p.paragraph]?.index.toUtf16(codePoints(at)) ?? 0;
  const text = run
    .map((p) => [...(layout.texts[p.paragraph]?.text ?? '')].slice(p.from, p.to).join(''))
    .join('\n');
  return {
    start: String(first.paragraph),
    end: String(last.paragraph),
    startOffset: utf16(first, first.from),
    endOffset: utf16(last, last.to),
    text,
  };
}
