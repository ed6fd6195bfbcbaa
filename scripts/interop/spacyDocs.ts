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
