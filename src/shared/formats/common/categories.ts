/** The document label names doccano's categories (`cats`, text classification labels) are kept under. */
const CATEGORY = 'category';

/**
 * doccano's categories as Loupe document labels: `category`, then `category 2`, … so a
 * record with several keeps them all, in order.
 * @example categoryLabels(['flight', 'airfare']) → { category: 'flight', 'category 2': 'airfare' }
 */
export function categoryLabels(categories: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    [...new Set(categories)].map((c, i) => [i === 0 ? CATEGORY : `${CATEGORY} ${i + 1}`, c]),
  );
}

/**
 * The categories among a document's labels (see {@link categoryLabels}), and the other labels.
 * @example splitCategories({ category: 'flight', source: 'wire' }) → { categories: ['flight'], others: ['source'] }
 */
export function splitCategories(labels: Readonly<Record<string, string>>): {
  categories: string[];
  others: string[];
} {
  const entries = Object.entries(labels);
  const isCategory = ([name]: [string, string]) => /^category(?: [0-9]+)?$/.test(name);
  return {
    categories: entries.filter(isCategory).map(([, value]) => value),
    others: entries.filter((e) => !isCategory(e)).map(([name]) => name),
  };
}
