import { isRecord } from '../../collections';
import { jsonOrNull } from '../common';
import { attributeOf, textOf, type BiocElement } from './biocTree';

/** Nested deeper than this, a kept value is not searched. */
const MAX_DEPTH = 8;

/**
 * Warns when a BioC JSON document keeps, under keys BioC does not name (written back as they
 * were, not read), objects with `locations`: annotations Loupe did not read, so a file whose
 * annotations sit under another key does not import as if it had none.
 * @example warnUnread(documentElement, 'a.json: document 1', warnings) // 'a.json: document 1: "denotations" holds 3 …'
 */
export function warnUnread(document: BiocElement, where: string, warnings: string[]): void {
  const unread = new Map<string, number>();
  const visit = (element: BiocElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name !== 'json') {
        visit(child);
        continue;
      }
      const key = attributeOf(child, 'key') ?? '';
      const count = located(jsonOrNull(textOf(child)), 0);
      if (count > 0) unread.set(key, (unread.get(key) ?? 0) + count);
    }
  };
  visit(document);
  for (const [key, count] of unread)
    warnings.push(
      `${where}: ${JSON.stringify(key)} holds ${count} object${count === 1 ? '' : 's'} with "locations" that BioC JSON keeps under "annotations"; Loupe did not read ${count === 1 ? 'it' : 'them'} as annotations and writes ${count === 1 ? 'it' : 'them'} back as ${count === 1 ? 'it was' : 'they were'}: move ${count === 1 ? 'it' : 'them'} under "annotations" to read ${count === 1 ? 'it' : 'them'}`,
    );
}

/** How many objects with a `locations` list a value holds. */
function located(value: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + located(v, depth + 1), 0);
  if (!isRecord(value)) return 0;
  if (Array.isArray(value.locations)) return 1;
  return Object.values(value).reduce((n: number, v) => n + located(v, depth + 1), 0);
}
