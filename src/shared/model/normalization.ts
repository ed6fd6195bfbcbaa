import { z } from 'zod';
import { keptObject } from './keptObject';

/**
 * A reference from a span to an entry of a named database (brat's N lines), kept with its
 * database name and the entry's text exactly as written.
 * @example { db: 'Wikipedia', key: '64488', text: 'Carlos Salinas de Gortari' }
 */
export const normalizationSchema = keptObject({
  db: z.string().min(1).max(200),
  key: z.string().min(1).max(1000),
  text: z.string().max(10_000).optional(),
});
export type Normalization = z.infer<typeof normalizationSchema>;
