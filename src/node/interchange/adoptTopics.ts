import type { FormatBundle } from '../../shared/formats';
import type { Topic } from '../../shared/model';

/**
 * The bundle with the topics it names by the project's own ids where the project's schema
 * already has a topic of that name (case and surrounding spaces aside): a stance table
 * exported by Loupe names its targets, and imported back they are the same topics again.
 * @example adoptTopics(bundleWith('us-troop-presence-in-iraq' named 'US troop presence in Iraq'), defaultTopics) → stances toward 'us-troop-presence'
 */
export function adoptTopics(bundle: FormatBundle, schemaTopics: readonly Topic[]): FormatBundle {
  if (!bundle.topics || bundle.topics.length === 0) return bundle;
  const byName = new Map(schemaTopics.map((t) => [t.name.trim().toLowerCase(), t.id]));
  const remap = new Map<string, string>();
  for (const topic of bundle.topics) {
    const id = byName.get(topic.name.trim().toLowerCase());
    if (id !== undefined && id !== topic.id) remap.set(topic.id, id);
  }
  if (remap.size === 0) return bundle;
  const idOf = (id: string) => remap.get(id) ?? id;
  return {
    ...bundle,
    topics: bundle.topics.map((t) => ({ ...t, id: idOf(t.id) })),
    documents: bundle.documents.map((doc) => ({
      ...doc,
      stances: doc.stances.map((s) =>
        s.target?.kind === 'topic'
          ? { ...s, target: { ...s.target, topicId: idOf(s.target.topicId) } }
          : s,
      ),
    })),
  };
}
