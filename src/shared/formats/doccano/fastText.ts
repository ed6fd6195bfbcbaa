import { splitLines } from '../common';
import type { JsonObjectLine } from '../common';

/** The prefix of a category in a fastText line, as doccano writes and reads it. */
const LABEL_PREFIX = '__label__';

/**
 * Whether a text file is doccano's fastText export of a text classification project: its
 * first line that is not blank opens with `__label__` (`__label__positive Great price.`).
 * @example isFastTextFile('__label__negative Terrible customer service.\n') === true
 */
export function isFastTextFile(content: string): boolean {
  const first = splitLines(content.slice(0, 1 << 16)).find((l) => l.text.trim() !== '');
  return first !== undefined && first.text.startsWith(LABEL_PREFIX);
}

/**
 * The records of a fastText file as doccano's import reads them (its `FastTextParser`): each
 * line split on spaces, every `__label__X` word a category `X`, the other words joined by one
 * space the text. Blank lines are left out.
 * @example fastTextRecords('__label__a __label__b Great price.\n') → [{ line: 1, record: { text: 'Great price.', label: ['a', 'b'] } }]
 */
export function fastTextRecords(content: string): JsonObjectLine[] {
  const records: JsonObjectLine[] = [];
  for (const { line, text } of splitLines(content)) {
    if (text.trim() === '') continue;
    const label: string[] = [];
    const words: string[] = [];
    for (const word of text.trimEnd().split(' ')) {
      if (word.startsWith(LABEL_PREFIX)) label.push(word.slice(LABEL_PREFIX.length));
      else words.push(word);
    }
    records.push({ line, record: { text: words.join(' '), label } });
  }
  return records;
}
