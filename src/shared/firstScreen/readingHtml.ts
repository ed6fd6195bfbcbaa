import { itemAt } from '../collections';
import type { Span } from '../model';
import { labelClass } from '../spanLook';
import { createOffsetIndex, stackLevels } from '../spans';
import { decoratedPieces, type LineDecoration } from './decoratedPieces';
import { escapeHtml } from './escapeHtml';

/** A line of the text and where it starts, in UTF-16 units (line terminators are not shown). */
interface Line {
  readonly start: number;
  readonly text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const terminator = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = terminator.exec(text); m; m = terminator.exec(text)) {
    lines.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: text.slice(start) });
  return lines;
}

function lineAt(lines: readonly Line[], u16: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (itemAt(lines, mid).start <= u16) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A span fragment's element: what `spanDecoration.ts` gives ProseMirror (not selected, saved),
 * its attributes in the order ProseMirror sets them; colour and name come from the label's
 * rule (`labelRules`, written into the page beside the first screen).
 */
function openTag(span: Span, level: number): string {
  const classes = `lp-span lp-level-${Math.min(level, 7)} ${labelClass(span.label)}`;
  return `<span data-span-id="${escapeHtml(span.id)}" class="${classes}">`;
}

/** A decoration as the line's decoration set holds it: one over several lines first among equals. */
interface Placed extends LineDecoration {
  readonly crossing: boolean;
}

/**
 * Each line's span decorations, in line-local UTF-16 units, as ProseMirror places them: a
 * fragment within one paragraph belongs to it; one reaching into another paragraph stays on
 * the document and is cut to each paragraph it covers (`DecorationSet.forChild`).
 */
function placeFragments(text: string, lines: readonly Line[], spans: readonly Span[]): Placed[][] {
  const index = createOffsetIndex(text);
  const perLine: Placed[][] = lines.map(() => []);
  let key = 0;
  for (const span of spans) {
    for (const fragment of span.fragments) {
      const from = index.toUtf16(fragment.start);
      const to = index.toUtf16(fragment.end);
      const first = lineAt(lines, from);
      const last = lineAt(lines, to);
      const local = (line: number, at: number): number => {
        const { start, text: shown } = itemAt(lines, line);
        return Math.min(at - start, shown.length);
      };
      for (let line = first; line <= last; line++) {
        const lineFrom = line === first ? local(line, from) : 0;
        const lineTo = line === last ? local(line, to) : itemAt(lines, line).text.length;
        if (lineFrom < lineTo)
          itemAt(perLine, line).push({
            from: lineFrom,
            to: lineTo,
            key,
            crossing: first !== last,
          });
      }
      key++;
    }
  }
  return perLine;
}

/** One paragraph as ProseMirror renders the reading view's `ReadingParagraph` with its decorations. */
function paragraphHtml(line: Line, placed: readonly Placed[], tags: readonly string[]): string {
  const open = `<p dir="auto" style="--lp-chars: ${line.text.length};">`;
  if (!line.text) return `${open}<br class="ProseMirror-trailingBreak"></p>`;
  // The order the paragraph's decoration set holds them in: by position, then the document's before its own.
  const ordered = [...placed].sort(
    (a, b) => a.from - b.from || a.to - b.to || Number(b.crossing) - Number(a.crossing),
  );
  let html = open;
  for (const piece of decoratedPieces(line.text.length, ordered)) {
    const content = escapeHtml(line.text.slice(piece.from, piece.to));
    let opened = '';
    for (let i = piece.keys.length - 1; i >= 0; i--) opened += tags[itemAt(piece.keys, i)];
    html += opened + content + '</span>'.repeat(piece.keys.length);
  }
  return `${html}</p>`;
}

/**
 * The reading view's text as HTML: one paragraph per line, each span fragment an element with
 * the classes (level, label) the app's decorations give it, nested as ProseMirror nests
 * overlapping decorations, so the app's first render replaces it without moving a glyph.
 */
export function readingHtml(text: string, spans: readonly Span[]): string {
  const lines = linesOf(text);
  const levels = stackLevels(spans);
  const tags: string[] = [];
  for (const span of spans) {
    const tag = openTag(span, levels.get(span.id) ?? 0);
    for (let i = 0; i < span.fragments.length; i++) tags.push(tag);
  }
  const placed = placeFragments(text, lines, spans);
  return lines.map((line, i) => paragraphHtml(line, placed[i] ?? [], tags)).join('');
}
