import { z } from 'zod';
import { sourceKey } from '../common';
import type { TaskSlice, TaskSlices } from './taskSlices';

/**
 * Where a document's task was in the Label Studio JSON file it was read from, and the task as
 * the file wrote it, so an export gives the file back under its name: `name` (the file's) and
 * `source` (a key of its path, see `sourceKey`, keeping apart files of one name from different
 * folders); `index`, the task's place among the file's, and `part`, the document's among those
 * read from the task (one per annotation, prediction, or the task no one annotated), and for a
 * model's document `prediction`, the place of its prediction among the task's; `raw`,
 * the task's object as written, without the JSON string of the document's text where `textAt`
 * says (`JSON.stringify` of the text as read, wherever the task holds it as a value), so the
 * text is not kept twice; `head` and
 * `tail`, what comes before the file's first task and after its last, `after`, what separates
 * this task from the next, `indent`, the white space before it on its line, and `single`, a
 * file of one task object rather than an array; `textKey` and `chosen`, the `data` field the
 * file's texts were read from when not `text` and whether `--text-field` named it. The task is read
 * again from `raw` to tell whether its documents changed: unchanged, it is written as it was;
 * else anew, in the file's key order and layout.
 * @example { name: 'tasks.json', source: '1c9a8d2e', index: 0, part: 0, raw: '{"data": {"text": }}', textAt: 18, head: '[', tail: ']\n' }
 */
export const keptFileSchema = z.object({
  name: z.string().regex(/^[^/\\\0:]+$/),
  source: z.string(),
  index: z.number().int().nonnegative(),
  part: z.number().int().nonnegative(),
  prediction: z.number().int().nonnegative().optional(),
  raw: z.string(),
  textAt: z.number().int().nonnegative().optional(),
  head: z.string(),
  tail: z.string(),
  after: z.string().optional(),
  indent: z.string().optional(),
  single: z.literal(true).optional(),
  textKey: z.string().optional(),
  chosen: z.literal(true).optional(),
});
export type KeptFile = z.infer<typeof keptFileSchema>;

/**
 * What a task of a file keeps of it (see {@link KeptFile}) for each document read from it
 * (given its `part`, and the task's JSON that document keeps when not the file's own: see
 * `layerTaskJson`); undefined when the file's name is not a plain one.
 * @example filedTask('in/tasks.json', slices, 0, slices.tasks[0], { text: 'IBM', textKey: undefined, chosen: false })?.(0).name === 'tasks.json'
 */
export function filedTask(
  path: string,
  slices: TaskSlices,
  index: number,
  slice: TaskSlice,
  read: { text: string; textKey: string | undefined; chosen: boolean },
): ((part: number, json?: string) => KeptFile) | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  if (!/^[^/\\\0:]+$/.test(name)) return undefined;
  const kept = {
    name,
    source: sourceKey(path),
    index,
    head: slices.head,
    tail: slices.tail,
    ...(slice.after === undefined ? {} : { after: slice.after }),
    ...(slice.indent === '' ? {} : { indent: slice.indent }),
    ...(slices.single ? { single: true as const } : {}),
    ...(read.textKey === undefined || read.textKey === 'text' ? {} : { textKey: read.textKey }),
    ...(read.chosen ? { chosen: true as const } : {}),
  };
  const cut = new Map<string, { raw: string; textAt?: number }>();
  return (part, json = slice.raw) => {
    const { raw, textAt } = cut.get(json) ?? withoutText(json, read.text);
    cut.set(json, textAt === undefined ? { raw } : { raw, textAt });
    return { ...kept, raw, ...(textAt === undefined ? {} : { textAt }), part };
  };
}

/**
 * A task's JSON without the first value that is the JSON string of its text (as
 * `JSON.stringify` writes it), and where it was cut out: put back there, the task is as it was.
 */
function withoutText(raw: string, text: string): { raw: string; textAt?: number } {
  const literal = JSON.stringify(text);
  for (let at = raw.indexOf(literal); at >= 0; at = raw.indexOf(literal, at + 1))
    if (raw.slice(0, at).trimEnd().endsWith(':'))
      return { raw: raw.slice(0, at) + raw.slice(at + literal.length), textAt: at };
  return { raw };
}

/**
 * The task's JSON as the file wrote it: `raw` with the JSON string of `text` put back.
 * @example taskJson({ raw: '{"data": {"text": }}', textAt: 18, … }, 'a') === '{"data": {"text": "a"}}'
 */
export function taskJson(file: KeptFile, text: string): string {
  const { raw, textAt } = file;
  return textAt === undefined
    ? raw
    : `${raw.slice(0, textAt)}${JSON.stringify(text)}${raw.slice(textAt)}`;
}
