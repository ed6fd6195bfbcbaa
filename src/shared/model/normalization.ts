import { z } from 'zod';
import { keptObject } from './keptObject';

/**
 * How a brat N line wrote a reference, when not as brat writes it (`Reference T1 DB:KEY`):
 * the BioNLP Shared Task 2013 form `Reference Annotation:T1 Referent:DB:KEY` (or its arguments the
 * other way round, `Reference Referent:DB:KEY Annotation:T1`, which brat reads too), or the
 * Bacteria Biotope form (BioNLP 2016, 2019), whose type word is the database:
 * `OntoBiotope Annotation:T3 Referent:OBT:000427`.
 */
export const normalizationFormSchema = z.enum([
  'bionlp2013',
  'bionlp2013ReferentFirst',
  'bacteriaBiotope',
]);
export type NormalizationForm = z.infer<typeof normalizationFormSchema>;

/**
 * A reference from a span to an entry of a named database (brat's N lines), kept with its
 * database name, the entry's text and the form of its line exactly as written.
 * @example { db: 'Wikipedia', key: '64488', text: 'Carlos Salinas de Gortari' }
 */
export const normalizationSchema = keptObject({
  db: z.string().min(1).max(200),
  key: z.string().min(1).max(1000),
  text: z.string().max(10_000).optional(),
  form: normalizationFormSchema.optional(),
});
export type Normalization = z.infer<typeof normalizationSchema>;
