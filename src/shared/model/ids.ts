import { z } from 'zod';
import { GOLD } from './gold';

/** Version of every file Loupe writes; a file with another version is refused, never rewritten. */
export const FORMAT_VERSION = 1;

/** Document, span, entity and stance ids: safe as file names. @example 'doc_001' */
export const idSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/,
    'ids use letters, digits, dot, dash, underscore (max 128)',
  );
export type Id = z.infer<typeof idSchema>;

/** An annotator's name is also their folder name: letters, digits, space, dot, dash, underscore. @example 'amira' */
export const annotatorSchema = z
  .string()
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u,
    'annotator names use letters, digits, space, dot, dash, underscore (max 64)',
  )
  .refine(
    (name) => !name.endsWith('.') && !name.endsWith(' '),
    'annotator names may not end with a dot or space',
  );
export type Annotator = z.infer<typeof annotatorSchema>;

/**
 * A person's (or a machine's) own annotator name: any annotator name but `gold`, in any case
 * (a case-insensitive disk would file `Gold` into the adjudicated layer's folder), so edits
 * never go straight into the adjudicated layer. @example 'amira'
 */
export const personalAnnotatorSchema = annotatorSchema.refine(
  (name) => name.toLowerCase() !== GOLD,
  `"${GOLD}" is the adjudicated layer, not a personal annotator name; choose your own name`,
);

/** ISO-8601 timestamp. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A new random id with a readable prefix. @example newId('s') → 's_3f2a9c…' */
export function newId(prefix: string): string {
  return `${prefix}_${globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
}
