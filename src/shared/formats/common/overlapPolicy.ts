/**
 * What a format that cannot hold overlapping spans (CoNLL, Hugging Face) does with them:
 * refuse the export naming them (`error`, the default), keep the longest, or keep the first.
 * @example const policy: OverlapPolicy = 'longest';
 */
export type OverlapPolicy = 'error' | 'longest' | 'first';

/** Every policy, in the order the command line lists them. */
export const OVERLAP_POLICIES = ['error', 'longest', 'first'] as const;
