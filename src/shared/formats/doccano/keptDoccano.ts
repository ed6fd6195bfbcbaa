import { z } from 'zod';
import type { DocumentMetadata } from '../../model';
import { KEPT_DOCCANO } from '../common';

/** An entity's id as its file had it (a number, or a string), keyed by what it covers. */
const entityIdSchema = z.tuple([
  z.union([z.number(), z.string()]),
  z.number(),
  z.number(),
  z.string(),
]);

/** A relation's id as its file had it, keyed by its from_id, to_id (as filed) and type. */
const relationIdSchema = z.tuple([
  z.union([z.number(), z.string()]),
  z.union([z.number(), z.string()]),
  z.union([z.number(), z.string()]),
  z.string(),
]);

/**
 * The shape of the record (or line, or row) a document was read from, where doccano's export
 * would write it otherwise, so it is written back as it came:
 * - `entities`: its spans were under `entities` (doccano's sequence labeling with relations
 *   and intent detection), as objects with ids (`objects`), with a `relations` key or not;
 *   `ids`: each entity's id as filed with its start and end (code points) and label;
 *   `relationIds`: each relation's id as filed with its from_id, to_id and type.
 * - `file`: it was a line of doccano's fastText export or a row of its CSV export: the file's
 *   name, its form, the document's place among the file's, its line(s) as they were (`raw`,
 *   line end and any blank lines after it), the categories read from it, and for a CSV file
 *   its header line(s) as they were, the columns of its text and labels when not `text` and
 *   `label`, and the rows after it left out for their empty text (`tail`, kept in `raw` too);
 *   `encoding`, the file's when not UTF-8 (UTF-16 by its byte-order mark), which it is written
 *   back in; `source`, a key of the path it was read from (see `sourceKey`), keeps apart
 *   files of one name from different folders.
 *   A record of a JSON Lines file (or of pretty-printed records one after another) is
 *   `form: 'jsonl'`: `raw` is its text as it was (with the line end and blank lines after it)
 *   without the JSON string of its text where `textAt` says, the document's text being that
 *   string (`JSON.stringify`) as read, so the text is not kept twice; its annotations as read
 *   are read again from `raw`, to tell whether the document changed; `tail`, the records after
 *   it left out as invalid (skip invalid), as they were, written back after it. `unit`, when its file's
 *   offsets count code points; `user`, the share of a doccano 1.x record of several users the
 *   document holds; `header`, what came before the file's first record; `textColumn` and
 *   `labelColumn`, the keys of the text and the labels when named on import.
 *   A record of a JSON array file is `form: 'json'`, kept the same way: `header` is what comes
 *   before its first record (`[` and white space), `raw` the record with what follows it up to
 *   the next (`,` and white space; for the last, the array's end), and `closing` what follows
 *   the last record (`]`, line end), to end the array when its last record is not written.
 * @example { entities: { objects: true, relations: true, ids: [[0, 0, 6, 'ORG']] } }
 * @example { file: { name: 'example.txt', form: 'fasttext', index: 0, raw: '__label__a Fine.\n', labels: ['a'] } }
 * @example { file: { name: 'a.jsonl', form: 'jsonl', index: 0, raw: '{"text": , "label": []}\n', textAt: 9 } }
 * @example { file: { name: 'a.json', form: 'json', index: 0, raw: '{"text": },\n\t', textAt: 9, header: '[\n\t', closing: '\n]' } }
 */
const keptDoccanoSchema = z.object({
  entities: z
    .object({
      objects: z.boolean().optional(),
      relations: z.boolean().optional(),
      ids: z.array(entityIdSchema).optional(),
      relationIds: z.array(relationIdSchema).optional(),
    })
    .optional(),
  file: z
    .object({
      name: z.string().regex(/^[^/\\\0:]+$/),
      form: z.enum(['fasttext', 'csv', 'jsonl', 'json']),
      index: z.number().int().nonnegative(),
      raw: z.string(),
      labels: z.array(z.string()).optional(),
      textAt: z.number().int().nonnegative().optional(),
      unit: z.literal('codePoints').optional(),
      user: z.string().optional(),
      header: z.string().optional(),
      closing: z.string().optional(),
      textColumn: z.string().optional(),
      labelColumn: z.string().optional(),
      tail: z.string().optional(),
      encoding: z.string().optional(),
      source: z.string().optional(),
    })
    .optional(),
});

export type KeptDoccano = z.infer<typeof keptDoccanoSchema>;
export type KeptDoccanoFile = NonNullable<KeptDoccano['file']>;

/**
 * The shape a document keeps (see {@link KeptDoccano}), or null when it keeps none (or not in this shape).
 * @example keptDoccanoOf({ $doccano: { entities: { objects: true } } })?.entities?.objects === true
 */
export function keptDoccanoOf(metadata: DocumentMetadata | undefined): KeptDoccano | null {
  const value = metadata?.[KEPT_DOCCANO];
  if (value === undefined) return null;
  const parsed = keptDoccanoSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Whether a file's form holds JSON records (JSON Lines, a JSON array), written back record by record.
 * @example isRecordForm('json') === true
 */
export function isRecordForm(form: KeptDoccanoFile['form'] | undefined): boolean {
  return form === 'jsonl' || form === 'json';
}
