/** Where a stance table's modelled columns are, by their index in the header; the rest are kept. */
export interface StanceColumns {
  readonly names: readonly string[];
  readonly target: number;
  readonly text: number;
  readonly stance: number;
}

/** The header names of the text column: SemEval-2016 Task 6's `Tweet`, and `Text` as other stance sets call it. */
const TEXT_NAMES = ['tweet', 'text'];

/** The first line of `content` (a byte-order mark left out), without its line break. */
function firstLine(content: string): string {
  const start = content.startsWith('\uFEFF') ? 1 : 0;
  const end = content.indexOf('\n', start);
  return content.slice(start, end < 0 ? Math.min(content.length, 4096) : end).replace(/\r$/, '');
}

/**
 * The columns of a stance table's header (tab-separated): `Target`, `Tweet` (or `Text`) and
 * `Stance`, in any case and order, as SemEval-2016 Task 6's files and Loupe's stance TSV
 * export name them; null when the first line is no such header.
 * @example stanceColumns('ID\tTarget\tTweet\tStance\n…') → { names: ['ID', 'Target', 'Tweet', 'Stance'], target: 1, text: 2, stance: 3 }
 */
export function stanceColumns(content: string): StanceColumns | null {
  const names = firstLine(content).split('\t');
  const lower = names.map((n) => n.trim().toLowerCase());
  const target = lower.indexOf('target');
  const text = lower.findIndex((n) => TEXT_NAMES.includes(n));
  const stance = lower.indexOf('stance');
  if (target < 0 || text < 0 || stance < 0) return null;
  return { names, target, text, stance };
}
