import { isRecord } from '../../collections';
import type { FormatDocument } from '../common';
import { KEPT_WEBANNO } from './keptWebanno';

/**
 * The `#Sentence.id=` lines a WebAnno TSV import kept, by their sentence's extent in code
 * points (`start-end`), and how many it kept in all (those without an extent included).
 * @example keptSentenceIds(doc).ids.get('0-14') === 'sent-1'
 */
export function keptSentenceIds(doc: FormatDocument): {
  readonly ids: ReadonlyMap<string, string>;
  readonly count: number;
} {
  const kept = doc.metadata?.[KEPT_WEBANNO];
  const list = isRecord(kept) && Array.isArray(kept.sentenceIds) ? kept.sentenceIds : [];
  const ids = new Map<string, string>();
  for (const entry of list) {
    if (!Array.isArray(entry)) continue;
    const [, id, start, end] = entry;
    if (typeof id === 'string' && typeof start === 'number' && typeof end === 'number')
      ids.set(sentenceKey(start, end), id);
  }
  return { ids, count: list.length };
}

/** The key of a sentence from its first row's start to its last row's end, in code points. */
export function sentenceKey(start: number, end: number): string {
  return `${start}-${end}`;
}
