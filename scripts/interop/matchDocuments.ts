import type { GoldDocument } from './goldDocument';

/** Which exported item is which gold document, and what matched nothing. */
export interface DocumentMatch<T> {
  readonly pairs: ReadonlyArray<readonly [GoldDocument, T]>;
  readonly unmatched: readonly string[];
}

/**
 * Pairs exported items with gold documents: by identical text first, then by the same
 * characters outside whitespace (a reader that rebuilt the text from tokens), each used once.
 * Gold documents left without a partner, and extra items, are listed in `unmatched`.
 * @example matchDocuments(gold, records, (r) => r.text).pairs.length === gold.length
 */
export function matchDocuments<T>(
  gold: readonly GoldDocument[],
  items: readonly T[],
  textOf: (item: T) => string,
): DocumentMatch<T> {
  const free = [...items];
  const pairs: (readonly [GoldDocument, T])[] = [];
  const waiting: GoldDocument[] = [];
  for (const doc of gold) {
    const i = free.findIndex((item) => textOf(item) === doc.text);
    if (i === -1) waiting.push(doc);
    else pairs.push([doc, free.splice(i, 1)[0] as T]);
  }
  const unmatched: string[] = [];
  for (const doc of waiting) {
    const i = free.findIndex((item) => squeeze(textOf(item)) === squeeze(doc.text));
    if (i === -1) unmatched.push(`${doc.name}: no exported document has this text`);
    else pairs.push([doc, free.splice(i, 1)[0] as T]);
  }
  for (const item of free)
    unmatched.push(
      `an exported document matches no gold text: ${JSON.stringify(textOf(item).slice(0, 60))}`,
    );
  return { pairs, unmatched };
}

function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}
