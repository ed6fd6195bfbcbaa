import type { Entity, Span } from '../../../shared/model';
import { findOccurrences } from '../../../shared/search';
import type { CodePointOffset } from '../../../shared/spans';

/** A suggested mention: a known name or alias of an entity, not yet annotated here. */
export interface Suggestion {
  readonly start: CodePointOffset;
  readonly end: CodePointOffset;
  readonly entity: Entity;
  readonly text: string;
}

/** The key a dismissed suggestion is remembered by. */
export function suggestionKey(documentId: string, at: { start: number; end: number }): string {
  return `${documentId}:${at.start}:${at.end}`;
}

/** Every name and alias (three code points or more) found in the text where no span or other suggestion is, in text order. */
export function findSuggestions(
  documentId: string,
  text: string,
  spans: readonly Span[],
  entities: readonly Entity[],
  dismissed: ReadonlySet<string>,
): Suggestion[] {
  if (!text || entities.length === 0) return [];
  const taken = spans.flatMap((s) => s.fragments);
  const found: Suggestion[] = [];
  for (const entity of entities) {
    for (const name of new Set([entity.name, ...entity.aliases])) {
      if (Array.from(name).length < 3) continue;
      for (const o of findOccurrences(text, name, { limit: 500 })) {
        if (dismissed.has(suggestionKey(documentId, o))) continue;
        const overlaps = (f: { start: number; end: number }): boolean =>
          f.start < o.end && o.start < f.end;
        if (taken.some(overlaps) || found.some(overlaps)) continue;
        found.push({ start: o.start, end: o.end, entity, text: o.match });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
