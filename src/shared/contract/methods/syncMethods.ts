import { z } from 'zod';
import { annotatorSchema, idSchema, layerSchema, textHashSchema } from '../../model';
import {
  credentialsStatusSchema,
  historyEntrySchema,
  syncReportSchema,
  syncStatusSchema,
} from '../../sync';
import { defineMethod } from '../defineMethod';
import { empty } from './requestFields';

const message = z.string().trim().min(1).max(500);

/** Syncing the project with teammates through a shared git repository. */
export const syncMethods = {
  sync: defineMethod({
    summary: "Commits the user's changes, merges teammates' work from the remote and pushes",
    kind: 'edit',
    request: z.object({ message: message.optional() }).strict(),
    result: syncReportSchema,
    errors: [],
    // A run: a refused sync leaves every edit on the disk and says what went wrong itself.
    refusal: 'unchanged',
  }),
  syncWith: defineMethod({
    summary:
      'Syncs with a named remote (a bare repository path or an HTTP(S) address) and remembers it',
    kind: 'edit',
    request: z
      .object({ remote: z.string().min(1).max(4096), message: message.optional() })
      .strict(),
    result: syncReportSchema,
    errors: [],
    expose: 'local',
    refusal: 'unchanged',
  }),
  syncStatus: defineMethod({
    summary: 'Ahead/behind the remote, last sync, unsynced changes and open conflicts',
    kind: 'read',
    request: empty,
    result: syncStatusSchema,
    errors: [],
  }),
  resolveConflict: defineMethod({
    summary: 'Settles a conflict a sync recorded with the value a person chose',
    kind: 'edit',
    request: z.object({ conflictId: z.string().min(1).max(2000), value: z.unknown() }).strict(),
    result: syncStatusSchema,
    errors: ['not_found'],
  }),
  documentHistory: defineMethod({
    summary: "Who changed a document's layers when, from the project's history",
    kind: 'read',
    request: z.object({ documentId: idSchema }).strict(),
    result: z.array(historyEntrySchema),
    errors: [],
  }),
  layerAtCommit: defineMethod({
    summary: "An annotator's layer of a document as of an earlier sync",
    kind: 'read',
    request: z
      .object({
        documentId: idSchema,
        annotator: annotatorSchema,
        commit: z.string().regex(/^[0-9a-f]{40}$/),
      })
      .strict(),
    result: layerSchema,
    errors: ['not_found', 'damaged_file'],
  }),
  textAtCommit: defineMethod({
    summary: "A document's text and its hash as of an earlier sync, for a past layer's words",
    kind: 'read',
    request: z
      .object({ documentId: idSchema, commit: z.string().regex(/^[0-9a-f]{40}$/) })
      .strict(),
    result: z.object({ text: z.string(), textHash: textHashSchema }).strict(),
    errors: ['not_found'],
  }),
  credentialsStatus: defineMethod({
    summary: "Whether credentials for the project's HTTP(S) remote are kept in the OS keychain",
    kind: 'read',
    request: empty,
    result: credentialsStatusSchema,
    errors: [],
  }),
  saveCredentials: defineMethod({
    summary:
      "Keeps a user name and token for the project's HTTP(S) remote, encrypted by the OS keychain",
    kind: 'settings',
    request: z
      .object({
        username: z.string().trim().min(1).max(200).optional(),
        token: z.string().min(1).max(4096),
      })
      .strict(),
    result: credentialsStatusSchema,
    errors: [],
  }),
  forgetCredentials: defineMethod({
    summary: "Removes the kept credentials of the project's remote",
    kind: 'settings',
    request: empty,
    result: credentialsStatusSchema,
    errors: [],
  }),
} as const;
