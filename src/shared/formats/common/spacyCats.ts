import { isRecord } from '../../collections';

/**
 * Whether a record's `cats` is spaCy's text categories: an object of label → score
 * (`{"baking": 1.0, "cheese": 0.0}`), as spaCy's textcat training data and `Doc.cats` hold
 * them, rather than doccano's list of category names.
 * @example isSpacyCats({ baking: 1, cheese: 0 }) === true && isSpacyCats(['baking']) === false
 */
export function isSpacyCats(value: unknown): boolean {
  return (
    isRecord(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every((v) => typeof v === 'number' || typeof v === 'boolean')
  );
}

/**
 * What to do with spaCy's `cats`. Not read as document labels: a score is no label (a
 * prediction's 0.73, a gold 0.0 saying "not this category"), and doccano's `cats` list, the
 * document labels Loupe reads, would keep only some of them and write back another shape.
 */
export const SPACY_CATS =
  'cats holds spaCy text categories ({label: score}), which no format Loupe imports reads (doccano reads cats as a list of category names); write the categories scored 1 as "cats": ["name", …] and import with --format doccano, where they become document labels';
