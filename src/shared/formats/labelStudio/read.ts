import { isRecord } from '../../collections';
import {
  namedByPlace,
  baseName,
  bundleOf,
  deepField,
  ErrorCollector,
  jsonPathLines,
  parseJson,
  zodProblems,
  inFileFolder,
} from '../common';
import { FormatError } from '../common';
import type {
  FormatBundle,
  FormatDocument,
  FormatFile,
  ReadOptions,
  TableDelimiter,
} from '../common';
import type { PathProblem } from './readAnnotation';
import { readTask } from './readTask';
import { taskSchema } from './schema';
import { textField } from './textField';
import { fromJsonMin, isJsonMin, unreadMinRegionKeys } from './jsonMin';
import { minKeysAfterId, withMinKeys } from './minKeyOrder';
import {
  minChoiceKeys,
  minChoiceObjectKeys,
  minChoiceProblems,
  minChoiceSeveralKeys,
} from './minChoices';
import { csvMinRecords, isLabelStudioCsv, labelStudioTableDelimiter } from './csvMin';
import { filedTask, type KeptFile } from './keptFile';
import { KEPT_KEY, keptAnnotationOf, keptJson } from './keptAnnotation';
import { taskSlices } from './taskSlices';
import { layerTaskJson } from './layerTaskJson';
import type { LabelStudioTask } from './schema';

/**
 * Reads Label Studio JSON exports: an array of tasks or a single task, each
 * `{data: {text}, annotations: [{result: [...]}]}` (or `predictions`), and JSON-MIN exports
 * (see {@link fromJsonMin}) and CSV and TSV exports (the same records as a table, see {@link csvMinRecords}). Offsets are code
 * points and `value.text` must match them. Errors name the line of the offending value;
 * with `skipInvalid` each bad result or task is left out and listed instead. `textField` names
 * the `data` field holding each task's text, where tasks hold several.
 * @example readLabelStudio([{ path: 'ls.json', content: '[{"data":{"text":"IBM"},"annotations":[{"result":[]}]}]' }])
 */
export function readLabelStudio(
  files: readonly FormatFile[],
  options: ReadOptions = {},
): FormatBundle {
  const errors = new ErrorCollector();
  const skipped: FormatError[] = [];
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  for (const file of files) {
    const delimiter = tableDelimiter(file);
    const csv = delimiter ? csvMinRecords(file.path, file.content, errors, delimiter) : undefined;
    const value = csv ? csv.records : parseJson(file.path, file.content, errors);
    if (value === undefined) continue;
    const models = (read: readonly FormatDocument[]) =>
      read.length - read.filter((doc) => doc.machine).length;
    const many = Array.isArray(value);
    const tasks: unknown[] = many ? value : [value];
    const slices = csv ? null : taskSlices(file.content);
    const sliced =
      slices !== null && slices.single !== many && slices.tasks.length === tasks.length
        ? slices
        : null;
    const problems: PathProblem[] = [];
    const notes: PathProblem[] = [];
    // A choices control is a key (a column) holding {"choices": [...]} in some record.
    const mins = tasks.filter(isJsonMin);
    const choiceKeys = minChoiceKeys(mins);
    const controls = {
      objects: minChoiceObjectKeys(mins, choiceKeys),
      several: minChoiceSeveralKeys(mins, choiceKeys),
    };
    const parsed = tasks.map((raw, i) => {
      const deep = isRecord(raw) ? deepField(raw, many ? [i] : []) : null;
      if (deep !== null) problems.push(deep);
      const unread = isJsonMin(raw) ? unreadMinRegionKeys(raw) : [];
      unread.forEach((key) => problems.push(unreadRegions(many ? [i, key] : [key], key)));
      const wrong = [
        ...(csv?.problems.filter((p) => p.row === i) ?? []),
        ...(isJsonMin(raw) ? minChoiceProblems(raw, choiceKeys) : []),
      ];
      wrong.forEach((p) => problems.push({ path: many ? [i, p.key] : [p.key], reason: p.reason }));
      if (deep !== null || unread.length > 0 || wrong.length > 0) return null;
      return taskSchema.safeParse(
        isJsonMin(raw) ? fromJsonMin(raw, choiceKeys) : isBareData(raw) ? { data: raw } : raw,
      );
    });
    if (mins.length > 0)
      warnings.push(
        `${file.path}: read as Label Studio's JSON-MIN export, which holds no relations and gives a single choice or a textarea as a plain field (read as data; a field holding {"choices": [...]} in some record is read as choices, a plain value there as one choice); export Label Studio's JSON to keep them`,
      );
    const chosen = options.textField !== undefined;
    const textKey =
      options.textField ?? textField(parsed.flatMap((p) => (p?.success ? [p.data] : [])));
    parsed.forEach((p, i) => {
      const at = many ? [i] : [];
      if (p === null) return;
      if (!p.success) return problems.push(...zodProblems(p.error, at));
      const name = `${baseName(file.path)}-${i + 1}`;
      const cells = csv?.cells[i];
      const raw = tasks[i];
      const minKeys = !csv && isJsonMin(raw) ? minKeysAfterId(raw) : [];
      const choices = isJsonMin(raw) ? controls : undefined;
      const read = readTask(
        p.data,
        at,
        { fallbackName: name, textKey, chosen, cells, raw: csv ? undefined : raw },
        problems,
        notes,
      ).map((doc) => withMinKeys(doc, minKeys, choices));
      const slice = sliced && !isJsonMin(tasks[i]) ? sliced.tasks[i] : undefined;
      const first = read[0];
      const filed =
        sliced && slice && first
          ? filedTask(file.path, sliced, i, slice, { text: first.text, textKey, chosen })
          : undefined;
      const json = filed && slice ? layerJson(p.data, read, slice.raw) : undefined;
      documents.push(
        ...namedByPlace(
          filed
            ? read.map((doc, part) => withFile(doc, filed(part, json?.(part)), models(read)))
            : read,
          name,
          file.path,
        ).map((d) => inFileFolder(d, file)),
      );
    });
    const paths = [...problems, ...notes].map((p) => p.path);
    const lines = csv
      ? paths.map((p) => csv.lines[typeof p[0] === 'number' ? p[0] : 0])
      : jsonPathLines(file.content, paths);
    problems.forEach((p, i) => {
      if (options.skipInvalid && p.path.length > 0)
        skipped.push(new FormatError(file.path, lines[i], p.reason));
      else errors.add(file.path, lines[i], p.reason);
    });
    notes.forEach((p, i) =>
      warnings.push(`${file.path}:${lines[problems.length + i]}: ${p.reason}`),
    );
  }
  errors.throwIfAny();
  return { ...bundleOf(documents, warnings), skipped };
}

/**
 * The document with where its task was in its file (see `KeptFile`) kept with it; a model's
 * document also with the place of its prediction (`models`: where the task's predictions'
 * documents start, as `readTask` lists them last).
 */
function withFile(doc: FormatDocument, file: KeptFile, models: number): FormatDocument {
  const place = file.part - models;
  const own = doc.machine && place >= 0 ? { ...file, prediction: place } : file;
  const kept = keptJson({ ...keptAnnotationOf(doc.metadata), file: own });
  return { ...doc, metadata: { ...doc.metadata, [KEPT_KEY]: kept } };
}

/**
 * The task's JSON each document read from it keeps: the whole task for its first person's
 * documents (the first document's annotator's, or the first document alone when the task had no
 * annotation), for the others the task with the other people's annotations cut to stubs (see
 * {@link layerTaskJson}), so a task of several annotators is stored whole once.
 */
function layerJson(
  task: LabelStudioTask,
  read: readonly FormatDocument[],
  raw: string,
): (part: number) => string {
  const people = [...(task.annotations ?? []), ...(task.completions ?? [])];
  // The place of each person's document (they come first, cancelled annotations left out) among the task's annotations.
  const places = people.flatMap((annotation, i) => (annotation.was_cancelled ? [] : [i]));
  const [first] = read;
  const whole = (doc: FormatDocument | undefined, part: number): boolean =>
    part === 0 ||
    (first?.machine !== true && doc?.machine !== true && doc?.annotator === first?.annotator);
  return (part) =>
    whole(read[part], part)
      ? raw
      : layerTaskJson(raw, read[part]?.machine ? undefined : places[part]);
}

/**
 * Whether a task is its data alone, as Label Studio imports one (`{"text": "…"}` stands for
 * `{"data": {"text": "…"}}`): no `data`, no annotations, and a string `text`.
 */
export function isBareData(raw: unknown): raw is Record<string, unknown> {
  if (!isRecord(raw) || 'data' in raw) return false;
  if ('annotations' in raw || 'completions' in raw || 'predictions' in raw) return false;
  return typeof raw.text === 'string';
}

/**
 * The delimiter of Label Studio's CSV or TSV export (a `.csv` or `.tsv` file with its header),
 * or null. Its converter writes tab-separated under whatever name it is given (its own tests
 * name such a file `.csv`): a `.csv` whose header is Label Studio's only when split at tabs is
 * read so.
 */
function tableDelimiter(file: FormatFile): TableDelimiter | null {
  const delimiter = labelStudioTableDelimiter(file.path);
  if (!delimiter) return null;
  if (isLabelStudioCsv(file.content, delimiter)) return delimiter;
  return delimiter === ',' && isLabelStudioCsv(file.content, '\t') ? '\t' : null;
}

/** Why a JSON-MIN task holding regions without character offsets under `key` is not read. */
function unreadRegions(path: (string | number)[], key: string): PathProblem {
  return {
    path,
    reason: `${key} holds regions without character offsets (paragraph, hypertext or image regions), which Loupe does not read from Label Studio's JSON-MIN, CSV or TSV export; export Label Studio's JSON to read them`,
  };
}
