import { jsonStyleOf, restyled } from './jsonStyle';
import { objectEntries } from './objectEntries';
import type { ObjectEntry } from './objectEntries';

/**
 * A JSON object written as `like`, the text of the object it replaces, had its members: a
 * member whose value is the same is its text as it was (the key's spacing, the value's layout
 * and escapes); another takes the key's text and spacing it had, its value on one line or
 * indented as the value there (a new member as the others), spaced and escaped as the object
 * was; members separated and indented as they were. Null when `like` is not one object.
 * @example styledLike({ text: 'a', label: ['x', 'y'] }, '{\n    "text" : "a",\n    "label": ["x"]\n}') === '{\n    "text" : "a",\n    "label": ["x", "y"]\n}'
 */
export function styledLike(value: Readonly<Record<string, unknown>>, like: string): string | null {
  const parsed = objectEntries(like);
  if (!parsed) return null;
  const { lead, entries, separators, trail } = parsed;
  const style = jsonStyleOf(like);
  const multiline = like.includes('\n');
  const keyIndent = lead.slice(lead.lastIndexOf('\n') + 1);
  const closeIndent = trail.slice(trail.lastIndexOf('\n') + 1);
  const unit =
    keyIndent.startsWith(closeIndent) && keyIndent.length > closeIndent.length
      ? keyIndent.slice(closeIndent.length)
      : (/\n([ \t]+)"/.exec(like)?.[1] ?? '    ');
  const byKey = new Map<string, ObjectEntry>();
  for (const entry of entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  // A new member's value is indented when a value of the object was.
  const indented = entries.some((e) => e.valueText.includes('\n'));
  const colon = entries[0]?.colon ?? (style.spaced || multiline ? ': ' : ':');
  const members = Object.entries(value).map(([key, v]) => {
    const filed = byKey.get(key);
    if (filed && sameJson(filed.valueText, v))
      return `${filed.keyText}${filed.colon}${filed.valueText}`;
    const inline = filed ? !filed.valueText.includes('\n') : !indented;
    const text =
      inline || v === null || typeof v !== 'object'
        ? restyled(JSON.stringify(v), style)
        : restyled(JSON.stringify(v, null, unit), { ascii: style.ascii }).replaceAll(
            '\n',
            `\n${keyIndent}`,
          );
    const keyText = filed?.keyText ?? restyled(JSON.stringify(key), { ascii: style.ascii });
    return `${keyText}${filed?.colon ?? colon}${text}`;
  });
  const fallback = multiline ? `,\n${keyIndent}` : style.spaced ? ', ' : ',';
  const joined = members
    .map((m, i) => (i === 0 ? m : `${separators[i - 1] ?? separators.at(-1) ?? fallback}${m}`))
    .join('');
  return `{${lead}${joined}${trail}}`;
}

/** Whether a value's text as filed holds the same JSON as `value`. */
function sameJson(text: string, value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
}
