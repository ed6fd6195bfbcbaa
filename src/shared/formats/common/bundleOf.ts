import type { Entity } from '../../model';
import type { FormatBundle } from './formatBundle';
import type { FormatDocument } from './formatDocument';

/**
 * Assembles a reader's result: the entities of all documents (one per id, aliases
 * merged; a different name or kbId for the same id is warned about and the first kept)
 * and the sorted span labels seen (given by a caller that gathered them on its way).
 * @example bundleOf([doc], []) → { documents: [doc], entities: [...], labels: ['ORG'], warnings: [] }
 */
export function bundleOf(
  documents: readonly FormatDocument[],
  warnings: readonly string[],
  /** The span labels seen, sorted, when the caller knows them already (else gathered from the spans). */
  labels?: readonly string[],
): FormatBundle {
  const entities = new Map<string, Entity>();
  const notes = [...warnings];
  for (const doc of documents) {
    for (const entity of doc.entities) {
      const known = entities.get(entity.id);
      if (!known) {
        entities.set(entity.id, entity);
        continue;
      }
      if (
        known.name !== entity.name ||
        (entity.kbId !== undefined && known.kbId !== undefined && known.kbId !== entity.kbId)
      ) {
        const where = doc.folder ? `${doc.folder}/${doc.name}` : doc.name;
        const differs =
          known.name !== entity.name
            ? `named ${JSON.stringify(entity.name)} here, ${JSON.stringify(known.name)} before`
            : `linked to ${entity.kbId ?? ''} here, ${known.kbId ?? ''} before`;
        notes.push(`${where}: entity ${entity.id} is ${differs}; the first is kept`);
      }
      const aliases = [...new Set([...known.aliases, ...entity.aliases])].filter(
        (a) => a !== known.name,
      );
      entities.set(entity.id, {
        ...known,
        aliases,
        ...(known.kbId === undefined && entity.kbId !== undefined ? { kbId: entity.kbId } : {}),
      });
    }
  }
  return {
    documents,
    entities: [...entities.values()],
    labels: labels ?? labelsOf(documents),
    warnings: notes,
  };
}

function labelsOf(documents: readonly FormatDocument[]): string[] {
  const labels = new Set<string>(); // a loop, not flatMap: a large project has a million spans
  for (const doc of documents) for (const span of doc.spans) labels.add(span.label);
  return [...labels].sort();
}
