import { setOwn } from '../../collections';
import { arrayElements } from '../common';
import type { FormatFile, ReadOptions } from '../common';
import type { KeptDoccanoFile } from './keptDoccano';
import type { OffsetUnit } from './readRecord';
import { recordSlices } from './sourceLines';
import { sourceKey } from '../common';

/** The keys doccano versions put a record's text under. */
export const TEXT_KEYS = ['text', 'data', 'column_data'] as const;

/** The columns named on import (doccano's `column_data` and `column_label`) that differ from `text` and `label`. */
export type RecordColumns = Pick<ReadOptions, 'textColumn' | 'labelColumn'>;

/**
 * A record with the text and the labels under the keys doccano's export writes them (`text`,
 * `label`), when `columns` names others; the other keys as they were, in their order.
 * @example withDoccanoKeys({ sentence: 'a', tags: [] }, { textColumn: 'sentence', labelColumn: 'tags' }) → { text: 'a', label: [] }
 */
export function withDoccanoKeys(
  record: Record<string, unknown>,
  { textColumn, labelColumn }: RecordColumns,
): Record<string, unknown> {
  if (textColumn === undefined && labelColumn === undefined) return record;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record))
    setOwn(out, key === textColumn ? 'text' : key === labelColumn ? 'label' : key, value);
  return out;
}

/**
 * Where the one JSON object of a record's text is: what comes before it (white space, a
 * byte-order mark), the object, and what follows (its line end, blank lines; in a JSON array,
 * the `,` after it or the array's `]`); null when the text holds anything else (a second record).
 * @example objectIn('{"text": "a"}\n\n') → { before: '', object: '{"text": "a"}', after: '\n\n' }
 * @example objectIn('{"text": "a"},\n\t', 'json') → { before: '', object: '{"text": "a"}', after: ',\n\t' }
 */
export function objectIn(
  raw: string,
  form: 'jsonl' | 'json' = 'jsonl',
): { before: string; object: string; after: string } | null {
  const start = raw.search(/\S/u);
  if (start < 0 || raw[start] !== '{') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) {
        const after = raw.slice(i + 1);
        const rest = form === 'json' ? /^\s*(?:[,\]]\s*)?$/u : /^\s*$/u;
        return rest.test(after)
          ? { before: raw.slice(0, start), object: raw.slice(start, i + 1), after }
          : null;
      }
    }
  }
  return null;
}

/**
 * `raw` with the JSON string of `text` put back where it was cut out (see `KeptDoccano`).
 * @example withText('{"text": }\n', 9, 'a') === '{"text": "a"}\n'
 */
export function withText(raw: string, textAt: number | undefined, text: string): string {
  return textAt === undefined
    ? raw
    : `${raw.slice(0, textAt)}${JSON.stringify(text)}${raw.slice(textAt)}`;
}

/** A JSON record read from a file: the line it starts on, and the object as the file had it (before its keys were renamed). */
interface FiledRecord {
  readonly line: number;
  readonly record: Record<string, unknown>;
}

/**
 * For a JSON Lines file (or pretty-printed records one after another) or a JSON array of
 * records, what each record keeps of its file (see `KeptDoccano`): the file's name, the
 * record's place and text as it was without its document's text, and how to read it again;
 * undefined when a record does not start a line of its own (JSON Lines) or an element of the
 * array is no object, so it is written as doccano writes it.
 * @example filedRecords({ path: 'a.jsonl', content: '{"text": "a"}\n' }, records, {}, 'utf16')?.(0, undefined) → { name: 'a.jsonl', form: 'jsonl', index: 0, raw: '{"text": }\n', textAt: 9, source: '…' }
 */
export function filedRecords(
  file: FormatFile,
  records: readonly FiledRecord[],
  columns: RecordColumns,
  unit: OffsetUnit,
): ((index: number, user: string | undefined) => KeptDoccanoFile | undefined) | undefined {
  const name = file.path.split(/[\\/]/).pop() ?? '';
  if (!/^[^/\\\0:]+$/.test(name)) return undefined;
  const cut = fileCut(file.content, records, file.unskipped);
  if (!cut) return undefined;
  const { form, head, slices, closing, tails } = cut;
  const kept = slices.map((raw, i) => ({
    ...withoutText(raw, records[i]?.record, columns),
    ...(tails?.[i] ? { tail: tails[i] } : {}),
  }));
  const shared = {
    ...(head === '' ? {} : { header: head }),
    ...(closing === undefined ? {} : { closing }),
    ...(columns.textColumn !== undefined && columns.textColumn !== 'text'
      ? { textColumn: columns.textColumn }
      : {}),
    ...(columns.labelColumn !== undefined && columns.labelColumn !== 'label'
      ? { labelColumn: columns.labelColumn }
      : {}),
    ...(unit === 'codePoints' ? { unit } : {}),
    ...(file.encoding === undefined ? {} : { encoding: file.encoding }),
    source: sourceKey(file.path),
  };
  return (index, user) => {
    const record = kept[index];
    if (!record) return undefined;
    return { name, form, index, ...record, ...(user === undefined ? {} : { user }), ...shared };
  };
}

/**
 * A file cut at its records: what comes before the first, each record's text up to the next
 * (JSON Lines: by the lines they start on; a JSON array: by its elements, with what follows
 * the last as `closing`); undefined when a record's text holds more than its one object.
 */
function fileCut(
  content: string,
  records: readonly FiledRecord[],
  unskipped?: string,
):
  | { form: 'jsonl' | 'json'; head: string; slices: string[]; closing?: string; tails?: string[] }
  | undefined {
  if (!content.trimStart().startsWith('[')) {
    const lines = records.map((r) => r.line);
    if (lines.some((line, i) => i > 0 && line <= (lines[i - 1] ?? 0))) return undefined;
    const left = unskipped === undefined ? [] : leftOut(content, unskipped);
    if (left.length === 0) {
      const { head, slices } = recordSlices(content, lines);
      if (slices.some((raw) => objectIn(raw) === null)) return undefined;
      return { form: 'jsonl', head, slices };
    }
    // Records left out as invalid go back as they were, after the record before them.
    const cut = recordSlices(unskipped ?? content, lines, left);
    const slices = cut.slices.map((raw, i) =>
      raw.slice(0, raw.length - (cut.tails[i] ?? '').length),
    );
    if (slices.some((raw) => objectIn(raw) === null)) return undefined;
    return { form: 'jsonl', head: cut.head, slices, tails: cut.tails };
  }
  const elements = arrayElements(content);
  const last = elements.at(-1);
  if (!last || elements.length !== records.length) return undefined;
  if (elements.some((e) => content[e.start] !== '{')) return undefined;
  const slices = elements.map((e, i) => content.slice(e.start, elements[i + 1]?.start));
  if (slices.some((raw) => objectIn(raw, 'json') === null)) return undefined;
  const head = content.slice(0, elements[0]?.start);
  return { form: 'json', head, slices, closing: content.slice(last.end) };
}

/**
 * A record's text without the JSON string of its document's text (when the file wrote it as
 * `JSON.stringify` does, after its key), and where it was cut out.
 */
function withoutText(
  raw: string,
  record: Record<string, unknown> | undefined,
  { textColumn }: RecordColumns,
): { raw: string; textAt?: number } {
  if (!record) return { raw };
  const key = [textColumn, ...TEXT_KEYS].find(
    (k) => k !== undefined && typeof record[k] === 'string',
  );
  const text = key === undefined ? undefined : record[key];
  if (key === undefined || typeof text !== 'string') return { raw };
  const literal = JSON.stringify(text);
  const keyJson = JSON.stringify(key);
  for (let at = raw.indexOf(literal); at >= 0; at = raw.indexOf(literal, at + 1)) {
    const before = raw.slice(0, at).trimEnd();
    if (before.endsWith(':') && before.slice(0, -1).trimEnd().endsWith(keyJson))
      return { raw: raw.slice(0, at) + raw.slice(at + literal.length), textAt: at };
  }
  return { raw };
}

/** The lines (from 1) of `unskipped` left out of `content`: empty there, not in `unskipped`. */
function leftOut(content: string, unskipped: string): number[] {
  const now = content.split('\n');
  const then = unskipped.split('\n');
  if (now.length !== then.length) return [];
  return then.flatMap((line, i) => (line !== now[i] && now[i] === '' ? [i + 1] : []));
}
