import { z } from 'zod';
import { entitySchema, idSchema } from '../../model';
import { defineMethod } from '../defineMethod';
import { editResultSchema } from '../schemas/projectSchemas';
import { entityCandidateSchema, mentionSchema } from '../schemas/searchSchemas';
import { empty, entityFields, note } from './requestFields';

/** The project-wide entity registry. */
export const entityMethods = {
  listEntities: defineMethod({
    summary: 'Every live entity, by name',
    kind: 'read',
    request: empty,
    result: z.array(entitySchema),
    errors: [],
  }),
  searchEntities: defineMethod({
    summary: 'Entities whose name or alias is like the query (transliteration-tolerant)',
    kind: 'read',
    request: z
      .object({ query: z.string().max(500), limit: z.number().int().min(1).max(100).optional() })
      .strict(),
    result: z.array(entityCandidateSchema),
    errors: [],
  }),
  createEntity: defineMethod({
    summary: 'Adds an entity, optionally linking a span to it',
    kind: 'edit',
    request: z
      .object({
        name: entityFields.name,
        type: entityFields.type,
        aliases: entityFields.aliases.optional(),
        kbId: entityFields.kbId.optional(),
        note: note.optional(),
        link: z.object({ documentId: idSchema, spanId: idSchema }).strict().optional(),
      })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  updateEntity: defineMethod({
    summary: "Changes an entity's name, type, aliases, KB id or note",
    kind: 'edit',
    request: z
      .object({
        entityId: idSchema,
        name: entityFields.name.optional(),
        type: entityFields.type.optional(),
        aliases: entityFields.aliases.optional(),
        kbId: entityFields.kbId.optional(),
        note: note.optional(),
        /** The entity as the editor last read it: if someone changed it since, the edit answers `conflict`. */
        basedOn: z
          .object({
            name: z.string().max(500),
            type: z.string().max(200),
            aliases: entityFields.aliases,
            kbId: entityFields.kbId,
            note,
          })
          .strict()
          .optional(),
      })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  mergeEntities: defineMethod({
    summary: 'Merges one entity into another; links to it keep resolving',
    kind: 'edit',
    request: z.object({ from: idSchema, into: idSchema }).strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  entityMentions: defineMethod({
    summary: "Every span linked to an entity, in the user's layers",
    kind: 'read',
    request: z.object({ entityId: idSchema }).strict(),
    result: z.array(mentionSchema),
    errors: ['not_found'],
  }),
} as const;
