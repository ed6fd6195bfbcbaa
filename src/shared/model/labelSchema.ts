import { z } from 'zod';
import { keptObject } from './keptObject';

/** A label's meaning. @example { name: 'PERSON', description: 'People, real or fictional' } */
export const labelSchemaEntry = keptObject({
  name: z.string().min(1).max(200),
  description: z.string().optional(),
});
export type Label = z.infer<typeof labelSchemaEntry>;

/** A stance target that is a topic rather than a span. @example { id: 'us-troops', name: 'US troop presence in Iraq' } */
export const topicSchema = keptObject({ id: z.string().min(1), name: z.string().min(1) });
export type Topic = z.infer<typeof topicSchema>;

/** A document-level label and its allowed values. @example { name: 'source', values: ['agency', 'newspaper'] } */
export const documentLabelSchema = keptObject({
  name: z.string().min(1),
  values: z.array(z.string().min(1)),
});
export type DocumentLabel = z.infer<typeof documentLabelSchema>;

/** A span attribute and its allowed values (brat's A/M). @example { name: 'Negated', values: [] } */
export const attributeSchema = keptObject({ name: z.string().min(1), values: z.array(z.string()) });
export type AttributeDefinition = z.infer<typeof attributeSchema>;

/**
 * An argument an event type takes (brat's `annotation.conf`): its role, the types that may fill
 * it (`<EVENT>` any event, `<ENTITY>` any entity) and how often, in brat's marks (`?`, `*`, `+`,
 * `{2}`, `{1-3}`; absent: exactly once).
 * @example { role: 'Theme', types: ['Protein'], count: '+' }
 */
export const eventArgumentDefinitionSchema = keptObject({
  role: z.string().min(1).max(200),
  types: z.array(z.string().min(1).max(200)).max(1000),
  count: z.string().min(1).max(20).optional(),
});
export type EventArgumentDefinition = z.infer<typeof eventArgumentDefinitionSchema>;

/**
 * An event type a configuration declares, with its arguments; an event's trigger span is
 * labelled with the type's name.
 * @example { name: 'Binding', arguments: [{ role: 'Theme', types: ['Protein'], count: '+' }] }
 */
export const eventTypeSchema = keptObject({
  name: z.string().min(1).max(200),
  arguments: z.array(eventArgumentDefinitionSchema).max(1000),
});
export type EventTypeDefinition = z.infer<typeof eventTypeSchema>;

/** What annotations may mean in a project. */
export const labelSchemaSchema = keptObject({
  labels: z.array(labelSchemaEntry),
  entityTypes: z.array(z.string().min(1)).default([]),
  topics: z.array(topicSchema).default([]),
  polarities: z.array(z.string().min(1)).default(['FAVOR', 'AGAINST', 'NONE']),
  documentLabels: z.array(documentLabelSchema).default([]),
  attributes: z.array(attributeSchema).default([]),
  relationTypes: z.array(z.string().min(1)).default([]),
  /** Event types an imported configuration declared (Loupe has no event editor; exports declare them again). */
  eventTypes: z.array(eventTypeSchema).optional(),
});
export type LabelSchema = z.infer<typeof labelSchemaSchema>;
