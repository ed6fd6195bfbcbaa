/**
 * spaCy's tokenizer rules for one language, as data: JavaScript `u`-flag sources of its
 * prefix, suffix, infix and URL patterns, and its special cases (each string and the
 * UTF-16 lengths of the tokens it becomes).
 * @example { spacyVersion: '3.8.16', prefix: '^\\(|…', suffix: "'s$|…", infix: '…', url: '^…$', specials: { "can't": [2, 3] } }
 */
export interface SpacyRules {
  readonly spacyVersion: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly infix: string;
  readonly url: string;
  readonly specials: Readonly<Record<string, readonly number[]>>;
}
