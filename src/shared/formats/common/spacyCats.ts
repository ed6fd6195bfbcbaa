import { isRecord, setOwn } from '../../collections';

/**
 * Whether a record's `cats` is spaCy's text categories: an object of label → score
 * (`{"baking": 1.0, "cheese": 0.0}`), as spaCy's textcat training data and `Doc.cats` hold
 * them, rather than doccano's list of category names.
 * @example isSpacyCats({ baking: 1, cheese: 0 }) === true && isSpacyCats(['baking']) === false
 */
export function isSpacyCats(value: unknown): value is Record<string, number | boolean> {
  return (
    isRecord(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every((v) => typeof v === 'number' || typeof v === 'boolean')
  );
}

/**
 * What doccano's reader says of spaCy's `cats` object: spans JSONL reads it (each category a
 * document label holding its score); doccano's `cats` is a list of category names.
 */
export const SPACY_CATS =
  'cats holds spaCy text categories ({label: score}), which spans JSONL reads: pass --format spans-jsonl (doccano reads cats as a list of category names)';

/**
 * spaCy's `cats` as document labels, as every spaCy format Loupe reads gives them: each
 * category a label holding its score as text (`true` as 1, `false` as 0).
 * @example catLabels({ sport: 1, news: 0.25 }) → { sport: '1', news: '0.25' }
 */
export function catLabels(
  cats: Readonly<Record<string, number | boolean>>,
): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [label, score] of Object.entries(cats))
    setOwn(labels, label, String(typeof score === 'boolean' ? Number(score) : score));
  return labels;
}

/** What is counted of a document label spaCy's `cats` cannot hold. */
export const NOT_A_CATEGORY =
  'document label (neither a score nor a category, which spaCy cats hold)';

/**
 * Document labels as spaCy's `cats`: a label holding a number is that category's score, a
 * doccano category (`category`, `category 2`, …) is its value scored 1; `skip` names labels
 * written elsewhere (Prodigy's `label`). `unwritten` counts the others.
 * @example catsOfLabels({ sport: '1', category: 'news', source: 'wire' }) → { cats: { sport: 1, news: 1 }, unwritten: 1 }
 */
export function catsOfLabels(
  labels: Readonly<Record<string, string>>,
  skip: readonly string[] = [],
): { cats: Record<string, number>; unwritten: number } {
  const cats: Record<string, number> = {};
  let unwritten = 0;
  for (const [name, value] of Object.entries(labels)) {
    if (skip.includes(name)) continue;
    const score = Number(value);
    if (value.trim() !== '' && Number.isFinite(score)) setOwn(cats, name, score);
    else if (/^category(?: [0-9]+)?$/.test(name)) setOwn(cats, value, 1);
    else unwritten++;
  }
  return { cats, unwritten };
}

/**
 * The labels `catsOfLabels` leaves out: neither a score nor a category, nor skipped (written
 * elsewhere): what a spaCy export counts as not written.
 * @example labelsBesideCats({ sport: '1', source: 'wire', label: 'X' }, ['label']) → { source: 'wire' }
 */
export function labelsBesideCats(
  labels: Readonly<Record<string, string>>,
  skip: readonly string[] = [],
): Record<string, string> {
  const left: Record<string, string> = {};
  for (const [name, value] of Object.entries(labels))
    if (!skip.includes(name) && Object.keys(catsOfLabels({ [name]: value }).cats).length === 0)
      setOwn(left, name, value);
  return left;
}
