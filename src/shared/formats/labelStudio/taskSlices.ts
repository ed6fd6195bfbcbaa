/** One task's object in its file's text, with what follows it up to the next task. */
export interface TaskSlice {
  /** The object's JSON as the file wrote it. */
  readonly raw: string;
  /** The white space between the start of its line and the object, when nothing else is there. */
  readonly indent: string;
  /** What lies between it and the next task (a comma, a line end, indentation); none for the last. */
  readonly after?: string;
}

/** Where the tasks of a Label Studio JSON file are in its text. */
export interface TaskSlices {
  /** What comes before the first task (a byte-order mark, `[`, white space). */
  readonly head: string;
  /** What comes after the last (`]`, a line end). */
  readonly tail: string;
  /** The file is one task object, not an array of them. */
  readonly single: boolean;
  readonly tasks: readonly TaskSlice[];
}

/**
 * A Label Studio JSON file cut at its tasks (an array of objects, or one object), so that
 * tasks written back as they were give back the file's bytes; null when it holds anything
 * else (an element that is not an object). The text must be JSON already checked.
 * @example taskSlices('[\n  {"id": 1},\n  {"id": 2}\n]\n') → { head: '[\n  ', tail: '\n]\n', single: false, tasks: [{ raw: '{"id": 1}', indent: '  ', after: ',\n  ' }, { raw: '{"id": 2}', indent: '  ' }] }
 */
export function taskSlices(content: string): TaskSlices | null {
  const first = skipSpace(content, 0);
  if (content[first] === '{') {
    const end = objectEnd(content, first);
    if (end < 0) return null;
    const task = { raw: content.slice(first, end), indent: indentAt(content, first) };
    return { head: content.slice(0, first), tail: content.slice(end), single: true, tasks: [task] };
  }
  if (content[first] !== '[') return null;
  const places: { start: number; end: number }[] = [];
  let at = skipSpace(content, first + 1);
  while (content[at] === '{') {
    const end = objectEnd(content, at);
    if (end < 0) return null;
    places.push({ start: at, end });
    const next = skipSpace(content, end);
    if (content[next] !== ',') break;
    at = skipSpace(content, next + 1);
  }
  const last = places[places.length - 1];
  if (!last || content[skipSpace(content, last.end)] !== ']') return null;
  const tasks = places.map(({ start, end }, i) => {
    const next = places[i + 1];
    const raw = content.slice(start, end);
    const indent = indentAt(content, start);
    return next ? { raw, indent, after: content.slice(end, next.start) } : { raw, indent };
  });
  return {
    head: content.slice(0, places[0]?.start ?? 0),
    tail: content.slice(last.end),
    single: false,
    tasks,
  };
}

/** Past white space and a byte-order mark. */
function skipSpace(content: string, from: number): number {
  let at = from;
  while (at < content.length && /[\s\uFEFF]/u.test(content.charAt(at))) at++;
  return at;
}

/** The end (exclusive) of the object starting at `start`, or -1. */
function objectEnd(content: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if ((c === 125 || c === 93) && --depth === 0) return i + 1;
  }
  return -1;
}

/** The white space from the start of the line to `at`, or '' when something else is there. */
function indentAt(content: string, at: number): string {
  const line = content.lastIndexOf('\n', at - 1) + 1;
  const before = content.slice(line, at);
  return /^[ \t]*$/.test(before) ? before : '';
}
