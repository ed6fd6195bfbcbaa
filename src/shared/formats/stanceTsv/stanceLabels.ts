import { getOwn } from '../../collections';

/** A documented mapping of a dataset's numeric stance labels to polarities, and its source. */
export interface StanceLabels {
  readonly dataset: string;
  readonly polarities: Readonly<Record<string, string>>;
  readonly source: string;
}

/**
 * VAST (Allaway & McKeown 2020): `label` 0 = con, 1 = pro, 2 = neutral, as the dataset's
 * data/README.md says (github.com/emilyallaway/zero-shot-stance); read as SemEval's polarities.
 */
export const VAST_LABELS: StanceLabels = {
  dataset: 'VAST',
  polarities: { '0': 'AGAINST', '1': 'FAVOR', '2': 'NONE' },
  source:
    'data/README.md of github.com/emilyallaway/zero-shot-stance: label 0=con, 1=pro, 2=neutral',
};

/**
 * The numeric label mapping a header's layout documents: VAST's (columns `post`, `topic_str`
 * and `label`), else null, so that numbers in other tables are refused rather than guessed.
 * @example stanceLabelsOf(['author', 'post', 'topic_str', 'label']) === VAST_LABELS
 */
export function stanceLabelsOf(lowerNames: readonly string[]): StanceLabels | null {
  const vast = ['post', 'topic_str', 'label'].every((n) => lowerNames.includes(n));
  return vast ? VAST_LABELS : null;
}

/**
 * The polarity of a Stance cell: its number mapped when the layout documents numbers, the cell
 * itself otherwise; a number without a mapping (or outside it) is an error message.
 * @example polarityOf('0', VAST_LABELS) → { polarity: 'AGAINST' }
 */
export function polarityOf(
  cell: string,
  labels: StanceLabels | null,
): { polarity: string } | { error: string } {
  if (labels) {
    const polarity = getOwn(labels.polarities, cell);
    if (polarity !== undefined) return { polarity };
    return {
      error: `has stance label ${JSON.stringify(cell)}, which ${labels.dataset} does not define (${Object.entries(
        labels.polarities,
      )
        .map(([n, p]) => `${n} = ${p}`)
        .join(', ')}; ${labels.source})`,
    };
  }
  if (/^-?\d+(\.\d+)?$/.test(cell))
    return {
      error: `has the number ${cell} as its stance label, and this table's layout documents no mapping of numbers to stances (Loupe knows VAST's: post, topic_str, label 0/1/2); write the labels as names (FAVOR, AGAINST, NONE) as the dataset's README defines them`,
    };
  return { polarity: cell };
}

/** The number a layout writes for a polarity, or null when it has none. @example labelOfPolarity('FAVOR', VAST_LABELS) === '1' */
export function labelOfPolarity(polarity: string, labels: StanceLabels): string | null {
  const found = Object.entries(labels.polarities).find(([, p]) => p === polarity);
  return found ? found[0] : null;
}
