import { sentenceStarts, spacyEnglishTokens } from '../../text';
import type { FormatSpan } from '../common';

/** A token row to write, in code points: its extent, and whether it opens a sentence. */
export interface UnitToWrite {
  readonly start: number;
  readonly end: number;
  readonly opens: boolean;
}

/**
 * The token rows of a text: spaCy's English tokens without the whitespace ones, sentences
 * where Loupe's sentence splitter starts them, each token cut at every span edge inside it,
 * and at `more`, so every span covers whole rows (WebAnno TSV needs no sub-token rows then).
 * @example webannoUnits('Bob left.', []).map((u) => u.start) → [0, 4, 8]
 */
export function webannoUnits(
  text: string,
  spans: readonly FormatSpan[],
  /** More places to cut at: the rows of kept chain cells. */
  more: readonly number[] = [],
): UnitToWrite[] {
  const tokens = spacyEnglishTokens(text);
  const starts = sentenceStarts(text, tokens, []);
  const edges = new Set<number>(more);
  for (const span of spans)
    for (const f of span.fragments) {
      edges.add(f.start);
      edges.add(f.end);
    }
  const cuts = [...edges].sort((a, b) => a - b);
  const units: UnitToWrite[] = [];
  let opens = true;
  let cut = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (starts[i] === 1) opens = true;
    if (tokens.isSpace[i] === 1) continue;
    const end = tokens.end[i] ?? 0;
    let start = tokens.start[i] ?? 0;
    while (cut < cuts.length && (cuts[cut] ?? 0) <= start) cut++;
    for (; cut < cuts.length && (cuts[cut] ?? 0) < end; cut++) {
      const at = cuts[cut] ?? 0;
      units.push({ start, end: at, opens });
      opens = false;
      start = at;
    }
    units.push({ start, end, opens });
    opens = false;
  }
  return units;
}
