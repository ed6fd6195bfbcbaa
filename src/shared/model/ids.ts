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

/** Device names Windows reserves, whatever the extension or case (COM and LPT with 0-9 and ¹²³). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

/**
 * Why a teammate on Windows could not check out a file or folder of this name (a reserved
 * device name with any extension, in any case; a name ending in a dot or a space), or null.
 * @example windowsNameProblem('CON.txt') // '"CON" is a reserved device name on Windows …'
 */
export function windowsNameProblem(name: string): string | null {
  const stem = (name.split('.')[0] ?? '').trimEnd();
  if (WINDOWS_DEVICE.test(stem))
    return `${JSON.stringify(stem.toUpperCase())} is a reserved device name on Windows (with any extension, in any case)`;
  if (name.endsWith('.') || name.endsWith(' '))
    return `${JSON.stringify(name)} ends in a dot or a space, which Windows drops`;
  return null;
}

/**
 * `name` with `_` after a first part Windows reserves for a device (`CON` → `CON_`, `aux.txt` →
 * `aux_.txt`), so writing it on Windows makes a file instead of writing into the device.
 */
export function windowsSafeName(name: string): string {
  return name.replace(/^[^.]*/u, (stem) => (windowsNameProblem(stem) ? `${stem}_` : stem));
}

const ANNOTATOR_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u;

/** An annotator's name is also their folder name: letters, digits, space, dot, dash, underscore. @example 'amira' */
export const annotatorSchema = z
  .string()
  .refine((name) => name === name.normalize('NFC') || !ANNOTATOR_NAME.test(name.normalize('NFC')), {
    message:
      'annotator names are kept composed (Unicode NFC), an accented letter as one character; this one has the accent apart: type the name again, or pass it through normalize("NFC")',
    abort: true,
  })
  .regex(
    ANNOTATOR_NAME,
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
export const personalAnnotatorSchema = annotatorSchema
  .refine(
    (name) => name.toLowerCase() !== GOLD,
    `"${GOLD}" is the adjudicated layer, not a personal annotator name; choose your own name`,
  )
  .superRefine((name, context) => {
    const problem = windowsNameProblem(name);
    if (problem)
      context.addIssue({
        code: 'custom',
        message: `${problem}: a teammate on Windows could not check out your folder; choose another name`,
      });
  });

/** ISO-8601 timestamp. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A new random id with a readable prefix. @example newId('s') → 's_3f2a9c…' */
export function newId(prefix: string): string {
  return `${prefix}_${globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
}
