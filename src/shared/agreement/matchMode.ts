import { z } from 'zod';

/**
 * How two annotators' spans are compared: `exact` (same label, identical fragments),
 * `overlap` (same label, at least one shared code point, one to one) or `token`
 * (per-token labels from the tokenizer).
 * @example matchModeSchema.parse('overlap') === 'overlap'
 */
export const matchModeSchema = z.enum(['exact', 'overlap', 'token']);
export type MatchMode = z.infer<typeof matchModeSchema>;
