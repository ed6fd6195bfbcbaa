/** What `python/conll_ner.py` prints: each document spaCy's converter made, its words and entities (token indices). */
export interface SpacyDocs {
  readonly docs: readonly {
    readonly words: readonly string[];
    readonly ents: readonly {
      readonly label: string;
      readonly start: number;
      readonly end: number;
    }[];
  }[];
  readonly error: string | null;
}

/**
 * Every entity of every document, in order, as `LABEL words…`.
 * @example spacyEntities({ docs: [{ words: ['New', 'York'], ents: [{ label: 'GPE', start: 0, end: 2 }] }], error: null }) → ['GPE New York']
 */
export function spacyEntities(docs: SpacyDocs): string[] {
  return docs.docs.flatMap((d) =>
    d.ents.map((e) => `${e.label} ${d.words.slice(e.start, e.end).join(' ')}`),
  );
}

/**
 * Two lists of entities compared place by place: how many agree, and each place that does not,
 * described by `differ(place, expected, got)` (1-based place, `(none)` past a list's end).
 * @example entitiesInOrder(['GPE Iraq'], ['GPE Iran'], (i, e, g) => `${i}: ${e} / ${g}`) → { agreed: 0, mismatches: ['1: GPE Iraq / GPE Iran'] }
 */
export function entitiesInOrder(
  expected: readonly string[],
  got: readonly string[],
  differ: (place: number, expected: string, got: string) => string,
): { agreed: number; mismatches: string[] } {
  const mismatches: string[] = [];
  let agreed = 0;
  for (let i = 0; i < Math.max(expected.length, got.length); i++) {
    if (expected[i] === got[i]) agreed++;
    else mismatches.push(differ(i + 1, expected[i] ?? '(none)', got[i] ?? '(none)'));
  }
  return { agreed, mismatches };
}
