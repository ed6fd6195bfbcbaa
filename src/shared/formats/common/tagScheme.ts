/** The tag schemes of token files (CoNLL / IOB), as `--scheme` names them. */
export const TAG_SCHEMES = ['iob1', 'iob2', 'bioes', 'bilou', 'io'] as const;
export type TagScheme = (typeof TAG_SCHEMES)[number];
