/** One token of spaCy's JSON training format. */
export function token(
  orth: string,
  ner?: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { orth, ...(ner === undefined ? {} : { ner }), ...extra };
}

/** A paragraph of one sentence per list of tokens, with `raw` when given. */
export function paragraph(
  tokens: readonly Record<string, unknown>[],
  raw?: string,
  ...more: readonly Record<string, unknown>[][]
): Record<string, unknown> {
  const sentences = [tokens, ...more].map((t) => ({ tokens: t }));
  return raw === undefined ? { sentences } : { raw, sentences };
}

/** A file of one document (`id` 0) holding the paragraphs, pretty-printed as spaCy writes it. */
export function spacyFile(...paragraphs: readonly Record<string, unknown>[]): string {
  return JSON.stringify([{ id: 0, paragraphs }], null, 2);
}
