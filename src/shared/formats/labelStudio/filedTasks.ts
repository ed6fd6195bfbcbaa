import { isRecord } from '../../collections';
import { freeFileName, inSourceFolder, jsonStyleOf, restyled, sortedJson, Tally } from '../common';
import type { FormatDocument, FormatFile } from '../common';
import { KEPT_KEY, keptAnnotationOf, keptJson } from './keptAnnotation';
import { taskJson, type KeptFile } from './keptFile';
import { inKeyOrderOf } from './keyOrder';
import { isBareData } from './read';
import type { PathProblem } from './readAnnotation';
import { readTask } from './readTask';
import { taskSchema } from './schema';

/**
 * Writes one task from the documents read from it (see `writeLabelStudio`); `index` numbers a
 * task without an id; `hadName`, its data held a name (written back even when the id gives it).
 */
export type TaskWriter = (
  docs: readonly FormatDocument[],
  index: number,
  tally: Tally,
  hadName?: boolean,
) => object;

/** A document read from a task of a Label Studio JSON file, with where it was. */
interface FiledDocument {
  readonly doc: FormatDocument;
  readonly file: KeptFile;
}

/**
 * Sorts documents read from Label Studio JSON files (see `KeptFile`) into their files again,
 * each under its name in the folder it sat in (two files of one name from one folder apart,
 * the second `name-2.json`), as one
 * task object or an array as it was, its tasks in the file's order between what came before
 * and after them. A task is written as it was when its documents hold what was read from it
 * (every person's, a model's kept with them or there too), else anew by `writeTask`, in the
 * file's key order and layout (see {@link inKeyOrderOf}). Documents of no file are `rest`.
 * @example filedTasks(readLabelStudio([{ path: 'in/tasks.json', content }]).documents, tally, taskOf).files → [{ path: 'tasks.json', content }]
 */
export function filedTasks(
  documents: readonly FormatDocument[],
  tally: Tally,
  writeTask: TaskWriter,
): { files: FormatFile[]; rest: FormatDocument[] } {
  const byFile = new Map<string, Map<number, FiledDocument[]>>();
  const folders = new Map<string, string | undefined>();
  const rest: FormatDocument[] = [];
  for (const doc of documents) {
    const file = keptAnnotationOf(doc.metadata).file;
    if (!file) {
      rest.push(doc);
      continue;
    }
    const key = JSON.stringify([file.name, file.source]);
    const tasks = byFile.get(key) ?? new Map<number, FiledDocument[]>();
    byFile.set(key, tasks);
    if (!folders.has(key)) folders.set(key, doc.folder);
    tasks.set(file.index, [...(tasks.get(file.index) ?? []), { doc, file }]);
  }
  const taken = new Set<string>();
  const files = [...byFile].flatMap(([key, tasks]) => {
    const groups = [...tasks.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => group);
    const texts = groups.map((group) => taskText(group, tally, writeTask));
    const first = groups[0]?.[0]?.file;
    const last = groups[groups.length - 1]?.[0]?.file;
    if (!first || !last) return [];
    const body = texts
      .map((text, j) =>
        j < texts.length - 1 ? `${text}${groups[j]?.[0]?.file.after ?? ',\n'}` : text,
      )
      .join('');
    const path = freeFileName(inSourceFolder(folders.get(key), first.name), taken);
    return [{ path, content: `${first.head}${body}${last.tail}` }];
  });
  return { files, rest };
}

/** What a task's documents are written against: the task as its file had it, read again. */
interface TaskRead {
  readonly writeTask: TaskWriter;
  readonly index: number;
  /** The task's data held a name. */
  readonly hadName: boolean;
  /** The documents read from the task again, by part; null when it reads with problems. */
  readonly read: readonly FormatDocument[] | null;
  readonly data: Record<string, unknown>;
}

/**
 * A task's JSON: as the file had it when its documents are as read from it, else written anew
 * in its order and layout. A model's document goes back through the prediction a person's
 * document of the task kept as it was, unless it changed since it was read.
 */
function taskText(group: readonly FiledDocument[], tally: Tally, writeTask: TaskWriter): string {
  const ordered = [...group].sort((a, b) => a.file.part - b.file.part);
  const [first] = ordered;
  if (!first) return '';
  const json = taskJson(first.file, first.doc.text);
  const original = parsedTask(json);
  const data = isRecord(original?.data) ? original.data : {};
  const task: TaskRead = {
    writeTask,
    index: first.file.index,
    hadName: Object.hasOwn(data, 'name'),
    read: original ? readAgain(original, first.file) : null,
    data,
  };
  const isModel = (g: FiledDocument) => keptAnnotationOf(g.doc.metadata).prediction === true;
  const keeps = ordered.some((g) => !isModel(g) && keptAnnotationOf(g.doc.metadata).predictions);
  const writing = ordered.filter((g) => !keeps || !isModel(g) || !asRead(task, [g]));
  const docs = writing.map((g) => g.doc);
  const written = writeTask(docs, task.index, tally, task.hadName);
  const parts = new Set(ordered.map((g) => g.file.part));
  tallyLeftOut(task, ordered, writing, tally);
  const whole =
    parts.size === ordered.length &&
    task.read?.every((doc, part) => doc.machine === true || parts.has(part)) === true;
  if (whole && asRead(task, writing)) return json;
  return styled(inKeyOrderOf(written, original), json, first.file.indent ?? '');
}

/** Why an annotation, or a prediction, of a task was not written with it: it is in another layer. */
export const TASK_UNWRITTEN = {
  annotation:
    'annotation of another annotator of its task, in that annotator’s layer (export the layers together)',
  prediction:
    'prediction of its task, kept in the layer of its first annotator (export the layers together)',
} as const;

/**
 * Counts what the task held that its documents do not write: the annotations of annotators
 * whose layers are not among them (an annotator's several annotations, merged into one layer,
 * count as written with it), and its predictions when no layer written keeps them.
 */
function tallyLeftOut(
  task: TaskRead,
  ordered: readonly FiledDocument[],
  writing: readonly FiledDocument[],
  tally: Tally,
): void {
  const read = task.read;
  if (!read) return;
  const people = ordered.filter((g) => keptAnnotationOf(g.doc.metadata).prediction !== true);
  const covered = new Set(people.map((g) => read[g.file.part]?.annotator ?? null));
  const parts = new Set(ordered.map((g) => g.file.part));
  const keeps = writing.some((g) => keptAnnotationOf(g.doc.metadata).predictions !== undefined);
  read.forEach((doc, part) => {
    if (parts.has(part) || keptAnnotationOf(doc.metadata).unannotated === true) return;
    if (doc.machine !== true && !covered.has(doc.annotator ?? null))
      tally.add(TASK_UNWRITTEN.annotation);
    if (doc.machine === true && !keeps && people.length > 0) tally.add(TASK_UNWRITTEN.prediction);
  });
}

/** Whether the documents write what the documents read from their parts of the task write. */
function asRead(task: TaskRead, group: readonly FiledDocument[]): boolean {
  const was = group.flatMap((g) => {
    const doc = task.read?.[g.file.part];
    if (!doc) return [];
    const kept = keptJson({ ...keptAnnotationOf(doc.metadata), file: g.file });
    // A task that names no document is named by Loupe: its name is not the task's.
    const named = typeof task.data.name === 'string' && task.data.name !== '';
    return [
      {
        ...doc,
        ...(named ? {} : { name: g.doc.name }),
        metadata: { ...doc.metadata, [KEPT_KEY]: kept },
      },
    ];
  });
  if (was.length !== group.length) return false;
  const write = (docs: readonly FormatDocument[]) =>
    sortedJson(task.writeTask(docs, task.index, new Tally(), task.hadName));
  return write(group.map((g) => g.doc)) === write(was);
}

/** The task object of its JSON, or undefined. */
function parsedTask(json: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The documents read from the task again, as its file was read; null when it reads with problems. */
function readAgain(original: Record<string, unknown>, file: KeptFile): FormatDocument[] | null {
  const parsed = taskSchema.safeParse(isBareData(original) ? { data: original } : original);
  if (!parsed.success) return null;
  const problems: PathProblem[] = [];
  const options = {
    fallbackName: String(file.index + 1),
    textKey: file.textKey,
    chosen: file.chosen === true,
    raw: original,
  };
  const read = readTask(parsed.data, [], options, problems, []);
  return problems.length > 0 ? null : read;
}

/**
 * A task written anew in its file's layout: indented as the file was (`indent`, the white space
 * before it on its line, then the file's step per level) or on one line, spaced after `:` and
 * `,` when the file was, escaped past ASCII when the file was.
 */
function styled(value: unknown, json: string, indent: string): string {
  const { spaced, ascii } = jsonStyleOf(json);
  if (!json.includes('\n')) return restyled(JSON.stringify(value), { spaced, ascii });
  const inner = /\n([ \t]*)"/.exec(json)?.[1] ?? '';
  const step =
    inner.startsWith(indent) && inner.length > indent.length ? inner.slice(indent.length) : '  ';
  return restyled(JSON.stringify(value, null, step), { ascii }).replaceAll('\n', `\n${indent}`);
}
