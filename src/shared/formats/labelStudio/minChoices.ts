import { getOwn, isRecord } from '../../collections';
import { MIN_ANNOTATION_KEYS } from '../common';

/**
 * Whether a value is a choices control's value as Label Studio writes it in JSON-MIN and, as
 * JSON text, in a CSV or TSV cell: an object of `choices` alone (`{"choices": ["a", "b"]}`; its
 * converter writes several choices so, one as the plain name). What `choices` holds is checked
 * by {@link minChoicesOf}.
 * @example isMinChoiceObject({ choices: ['a', 'b'] }) === true && isMinChoiceObject({ start: 0, choices: ['a'] }) === false
 */
export function isMinChoiceObject(value: unknown): value is { choices: unknown } {
  return isRecord(value) && Object.keys(value).length === 1 && Object.hasOwn(value, 'choices');
}

/**
 * The keys of JSON-MIN records (or table columns) that are choices controls: those any record
 * holds a choices object under (see {@link isMinChoiceObject}). A key that never holds one stays
 * a data field: a single choice, written as the plain name, cannot be told from data without
 * the project's labeling config.
 * @example minChoiceKeys([{ id: 1, topic: 'sport' }, { id: 2, topic: { choices: ['sport', 'war'] } }]) → Set { 'topic' }
 */
export function minChoiceKeys(records: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  for (const record of records) {
    if (!isRecord(record)) continue;
    for (const [key, value] of Object.entries(record))
      if (isControlKey(key) && isMinChoiceObject(value)) keys.add(key);
  }
  return keys;
}

/**
 * A choices control's value in one record: its choices (the object's list, a plain name as one
 * choice); null for none (missing, null or "", kept as the record had it); else why it is no
 * choice.
 * @example minChoicesOf({ choices: ['a', 'b'] }) → ['a', 'b']; minChoicesOf('a') → ['a']; minChoicesOf(null) → null
 */
export function minChoicesOf(value: unknown): string[] | null | { problem: string } {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return [value];
  if (!isMinChoiceObject(value))
    return { problem: `${describe(value)}, not a choice name or {"choices": [names]}` };
  const list = value.choices;
  if (!Array.isArray(list)) return { problem: `its choices are ${describe(list)}, not a list` };
  if (list.length === 0) return { problem: 'its list of choices is empty' };
  const wrong = list.find((c) => typeof c !== 'string' || c === '');
  if (wrong !== undefined) return { problem: `a choice is ${describe(wrong)}, not a name` };
  return list.filter((c) => typeof c === 'string');
}

/**
 * Why each choices control's value in a record is not a choice, by key (see {@link minChoicesOf}),
 * with what to do.
 * @example minChoiceProblems({ topic: { choices: 5 } }, new Set(['topic'])) → [{ key: 'topic', reason: 'topic holds {"choices": …} …' }]
 */
export function minChoiceProblems(
  record: Readonly<Record<string, unknown>>,
  keys: ReadonlySet<string>,
): { key: string; reason: string }[] {
  const out: { key: string; reason: string }[] = [];
  for (const key of keys) {
    const read = minChoicesOf(getOwn(record, key));
    if (read === null || Array.isArray(read)) continue;
    out.push({
      key,
      reason: `${key} holds choices in other records ({"choices": [names]}), but here ${read.problem}; write this value as {"choices": ["name", …]} or a name, or pass --skip-invalid to leave the record out`,
    });
  }
  return out;
}

/**
 * The choices controls whose single choice the records write as an object (`{"choices":
 * ["a"]}`, as Label Studio's own CSV export does) more often than as the plain name (as its
 * converter does): a JSON-MIN export writes one choice of theirs so again.
 * @example minChoiceObjectKeys([{ topic: { choices: ['a'] } }], new Set(['topic'])) → ['topic']
 */
export function minChoiceObjectKeys(
  records: readonly unknown[],
  keys: ReadonlySet<string>,
): string[] {
  return [...keys].filter((key) => {
    let balance = 0;
    for (const record of records) {
      const value = isRecord(record) ? getOwn(record, key) : undefined;
      const read = minChoicesOf(value);
      if (!Array.isArray(read) || read.length !== 1) continue;
      balance += typeof value === 'string' ? -1 : 1;
    }
    return balance > 0;
  });
}

/**
 * The choices controls some record holds several choices of: a label a layer adds beside one
 * of theirs (`topic 2` beside `topic`) goes back as another choice of that control.
 * @example minChoiceSeveralKeys([{ topic: { choices: ['a', 'b'] } }], new Set(['topic'])) → ['topic']
 */
export function minChoiceSeveralKeys(
  records: readonly unknown[],
  keys: ReadonlySet<string>,
): string[] {
  return [...keys].filter((key) =>
    records.some((record) => {
      const read = minChoicesOf(isRecord(record) ? getOwn(record, key) : undefined);
      return Array.isArray(read) && read.length > 1;
    }),
  );
}

/** Whether a JSON-MIN key can name a control: not the task's id nor an annotation field. */
function isControlKey(key: string): boolean {
  return key !== 'id' && key !== 'agreement' && !MIN_ANNOTATION_KEYS.includes(key);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
