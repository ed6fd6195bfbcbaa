import { useMemo, useState } from 'react';
import type { Entity, Span } from '../../../../../shared/model';
import { findOccurrences } from '../../../../../shared/search';
import type { CodePointOffset } from '../../../../../shared/spans';

/** A suggested mention: a known name or alias of an entity, not yet annotated here. */
export interface Ghost {
  readonly start: CodePointOffset;
  readonly end: CodePointOffset;
  readonly entity: Entity;
  readonly text: string;
}

/** Ghost suggestions for a document, minus those the annotator dismissed this session. */
export function useGhosts(
  documentId: string | null,
  text: string,
  spans: readonly Span[],
  entities: readonly Entity[],
) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const ghosts = useMemo(() => {
    if (!text || entities.length === 0) return [];
    const taken = spans.flatMap((s) => s.fragments);
    const found: Ghost[] = [];
    for (const entity of entities) {
      for (const name of new Set([entity.name, ...entity.aliases])) {
        if (Array.from(name).length < 3) continue;
        for (const o of findOccurrences(text, name, { limit: 500 })) {
          const key = `${documentId}:${o.start}:${o.end}`;
          if (dismissed.has(key) || taken.some((f) => f.start < o.end && o.start < f.end)) continue;
          if (found.some((g) => g.start < o.end && o.start < g.end)) continue;
          found.push({ start: o.start, end: o.end, entity, text: o.match });
        }
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }, [documentId, text, spans, entities, dismissed]);
  const dismiss = (ghost: Ghost): void =>
    setDismissed(new Set([...dismissed, `${documentId}:${ghost.start}:${ghost.end}`]));
  return { ghosts, dismiss };
}
