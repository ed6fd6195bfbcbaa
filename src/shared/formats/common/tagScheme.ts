/** The tag schemes of token files (CoNLL / IOB), as `--scheme` names them. */
export const TAG_SCHEMES = ['iob1', 'iob2', 'bioes', 'bilou', 'io'] as const;
export type TagScheme = (typeof TAG_SCHEMES)[number];

/** The tag schemes a CoNLL export writes, as `--scheme` names them; by default the files' own, else `iob2`. */
export const EXPORT_SCHEMES = ['iob1', 'iob2', 'bioes', 'bilou', 'io'] as const;
export type ExportScheme = (typeof EXPORT_SCHEMES)[number];
