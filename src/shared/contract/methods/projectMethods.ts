import { z } from 'zod';
import { personalAnnotatorSchema } from '../../model';
import { defineMethod } from '../defineMethod';
import {
  documentSummarySchema,
  editResultSchema,
  openedDocumentSchema,
  projectInfoSchema,
  keybindingsSchema,
  projectStatsSchema,
  settingsSchema,
  themeSchema,
  validationReportSchema,
} from '../schemas/projectSchemas';
import { documentRef, empty } from './requestFields';

/** The project, the user's settings, documents, history and the folder itself. */
export const projectMethods = {
  getProject: defineMethod({
    summary: 'The project: name, folder, schema, styles, load problems, annotators',
    kind: 'read',
    request: empty,
    result: projectInfoSchema,
    errors: [],
  }),
  getSettings: defineMethod({
    summary: "The user's settings",
    kind: 'read',
    request: empty,
    result: settingsSchema,
    errors: [],
  }),
  updateSettings: defineMethod({
    summary: "Changes the user's settings (annotator name, snapping, keys, theme)",
    kind: 'settings',
    request: z
      .object({
        annotator: personalAnnotatorSchema.optional(),
        snapToWords: z.boolean().optional(),
        keybindings: keybindingsSchema.optional(),
        theme: themeSchema.optional(),
      })
      .strict(),
    result: settingsSchema,
    errors: ['read_only'],
  }),
  listDocuments: defineMethod({
    summary: "Every document with the user's status and counts, and every annotator's",
    kind: 'read',
    request: empty,
    result: z.array(documentSummarySchema),
    errors: [],
  }),
  openDocument: defineMethod({
    summary: "A document's text and the user's layer of it",
    kind: 'read',
    request: z.object(documentRef).strict(),
    result: openedDocumentSchema,
    errors: ['not_found', 'no_annotator', 'damaged_file'],
  }),
  setDocumentTitle: defineMethod({
    summary:
      "Sets the title readers see for a document ('' goes back to the title read from its text)",
    kind: 'edit',
    request: z.object({ ...documentRef, title: z.string().max(300) }).strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  syncWithDisk: defineMethod({
    summary: 'Rereads files another program changed (git pull, a copied folder); lists them',
    kind: 'read',
    request: empty,
    result: z.object({ changed: z.array(z.string()) }),
    errors: ['damaged_file'],
  }),
  undo: defineMethod({
    summary: "Undoes the user's last edit",
    kind: 'edit',
    request: empty,
    result: editResultSchema.nullable(),
    errors: ['not_found'],
  }),
  redo: defineMethod({
    summary: 'Redoes the last undone edit',
    kind: 'edit',
    request: empty,
    result: editResultSchema.nullable(),
    errors: ['not_found'],
  }),
  validateProject: defineMethod({
    summary: 'Reads every file of the project and reports each problem with its file',
    kind: 'read',
    request: empty,
    result: validationReportSchema,
    errors: [],
  }),
  repairProject: defineMethod({
    summary:
      'Removes what can go without guessing: temp files of interrupted writes (older than the running writer) and links to nothing',
    kind: 'edit',
    expose: 'local',
    request: empty,
    result: z.object({ removed: z.array(z.string()) }),
    errors: [],
  }),
  projectStats: defineMethod({
    summary: 'Documents, characters, and per annotator spans by label, stances and statuses',
    kind: 'read',
    request: empty,
    result: projectStatsSchema,
    errors: [],
  }),
} as const;
