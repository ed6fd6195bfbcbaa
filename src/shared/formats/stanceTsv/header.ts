import { extensionOf } from '../common';
import { stanceLabelsOf, type StanceLabels } from './stanceLabels';
import { tableRecords, type TableDelimiter } from '../common';

/** Where a stance table's modelled columns are, by their index in the header; the rest are kept. */
export interface StanceColumns {
  readonly names: readonly string[];
  readonly target: number;
  readonly text: number;
  readonly stance: number;
  readonly delimiter: TableDelimiter;
  /** How the Stance cells name polarities when they are numbers (VAST's 0/1/2), else null. */
  readonly labels: StanceLabels | null;
}

/**
 * Header names of each modelled column, the first found winning: SemEval-2016 Task 6's `Tweet`,
 * VAST's `post` (its `text` is the tokenized copy), `Text` as P-Stance-like and Kaggle sets name
 * it; `Target` or VAST's `topic_str`; `Stance` or `label`.
 */
const TEXT_NAMES = ['tweet', 'post', 'text'];
const TARGET_NAMES = ['target', 'topic_str'];
const STANCE_NAMES = ['stance', 'label'];
/** Columns whose cell names a row's document: `ID`, and VAST's `new_id`. */
export const ID_NAMES: readonly string[] = ['id', 'new_id'];
/** Columns of a tweet's id, which id-only releases (COVID-19-Stance, WT-WT) give instead of its text. */
const TWEET_ID_NAMES = ['tweet id', 'tweet_id', 'tweetid', 'id'];

/** The delimiter of a stance table by its file name: comma for `.csv`, else tab. @example delimiterOf('a.csv') === ',' */
export function delimiterOf(path: string): TableDelimiter {
  return extensionOf(path) === '.csv' ? ',' : '\t';
}

/** The header's names in lower case, trimmed. */
function headerNames(content: string, delimiter: TableDelimiter): string[] | null {
  const [first] = tableRecords(content.slice(0, 1 << 16), delimiter, 1).records;
  return first && first.line === 1 ? [...first.cells] : null;
}

function indexOfAny(lower: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const at = lower.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * The columns of a stance table's header (tab-separated, or comma-separated for `delimiter`
 * `,`): a target, a text and a stance column, in any case and order, as SemEval-2016 Task 6,
 * P-Stance, VAST and Loupe's stance TSV export name them; null when the first line is no such header.
 * @example stanceColumns('ID\tTarget\tTweet\tStance\n…') → { names: ['ID', 'Target', 'Tweet', 'Stance'], target: 1, text: 2, stance: 3, delimiter: '\t', labels: null }
 */
export function stanceColumns(
  content: string,
  delimiter: TableDelimiter = '\t',
): StanceColumns | null {
  const names = headerNames(content, delimiter);
  return names ? columnsOfNames(names, delimiter) : null;
}

/**
 * The modelled columns of a header given as names, or null when it lacks one.
 * @example columnsOfNames(['Tweet', 'Target', 'Stance'], ',') → { names: […], target: 1, text: 0, stance: 2, delimiter: ',', labels: null }
 */
export function columnsOfNames(
  names: readonly string[],
  delimiter: TableDelimiter,
): StanceColumns | null {
  const lower = names.map((n) => n.trim().toLowerCase());
  const target = indexOfAny(lower, TARGET_NAMES);
  const text = indexOfAny(lower, TEXT_NAMES);
  const stance = indexOfAny(lower, STANCE_NAMES);
  if (target < 0 || text < 0 || stance < 0) return null;
  return { names, target, text, stance, delimiter, labels: stanceLabelsOf(lower) };
}

/**
 * Why a table (or JSON records) with these column names is refused, when they give a target
 * and a stance per tweet id but no text: COVID-19-Stance's `Tweet Id,Target,Stance,…` and
 * WT-WT's `tweet_id`, `merger`, `stance`. Null for other names.
 * @example idOnlyStanceReason(['Tweet Id', 'Target', 'Stance']) → 'gives a stance per tweet id (Tweet Id) but no texts: …'
 */
export function idOnlyStanceReason(names: readonly string[]): string | null {
  const lower = names.map((n) => n.trim().toLowerCase());
  const id = indexOfAny(lower, TWEET_ID_NAMES);
  const stance = indexOfAny(lower, STANCE_NAMES);
  if (id < 0 || stance < 0 || indexOfAny(lower, TEXT_NAMES) >= 0) return null;
  return `gives a stance per tweet id (${names[id] ?? ''}) but no texts: datasets under Twitter's terms (COVID-19-Stance, WT-WT) publish ids only, and Loupe annotates texts. Fetch the tweets' texts by their ids ("hydrate" them, e.g. with twarc2 hydrate or the Hydrator app), add them as a Tweet column (a tab- or comma-separated table with Target, Tweet and Stance columns), and import that table`;
}

/** The header of a comma-separated stance table that fits none, for a message: its names or why it is no header. */
export function csvHeaderNames(content: string): readonly string[] {
  return headerNames(content, ',') ?? [];
}
