import type { DescribeRef } from '../../shared/review';
import type { EntityRegistry, ProjectFolder } from '../store';

/**
 * How review names a stance's holder or target: a topic by its schema name, an entity by its
 * registry name, a span by the text it covers ("…" between fragments).
 */
export function describeRefs(
  store: ProjectFolder,
  registry: EntityRegistry,
  text: string,
): DescribeRef {
  const points = [...text];
  return (ref, spans) => {
    if (ref.kind === 'topic')
      return store.manifest.schema.topics.find((t) => t.id === ref.topicId)?.name ?? ref.topicId;
    if (ref.kind === 'entity') return registry.resolve(ref.entityId)?.name ?? ref.entityId;
    const span = spans.get(ref.spanId);
    return span
      ? span.fragments.map((f) => points.slice(f.start, f.end).join('')).join(' … ')
      : null;
  };
}
