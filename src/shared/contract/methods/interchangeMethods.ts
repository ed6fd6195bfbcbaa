import { z } from 'zod';
import { annotatorSchema } from '../../model';
import { defineMethod } from '../defineMethod';
import {
  conllImportFields,
  labelStudioImportFields,
  doccanoImportFields,
  exportArchiveSchema,
  exportRequestFields,
  exportResultSchema,
  IMPORT_FORMATS,
  importPreviewSchema,
  importRequestSchema,
  importSummarySchema,
  interchangeProgressSchema,
} from '../interchange';

/**
 * The name a download is given (the Export dialog's name): its files as an export written under
 * that name makes them (one file, or a file per part beside it), returned and not written.
 */
const named = z.string().min(1).max(4096).optional();

const localPaths = z.array(z.string().min(1).max(4096)).min(1).max(100_000);

/** Import and export in every format. */
export const interchangeMethods = {
  previewImport: defineMethod({
    summary: 'What importing the chosen files would do, or every error that would stop it',
    kind: 'read',
    request: importRequestSchema,
    result: importPreviewSchema,
    errors: ['no_annotator', 'damaged_file'],
  }),
  importFiles: defineMethod({
    summary: 'Imports files chosen in the app, all or nothing',
    kind: 'edit',
    request: importRequestSchema,
    result: importSummarySchema,
    errors: [],
    // All or nothing: a refused import writes nothing, and the Import dialog keeps the files
    // chosen and shows why.
    refusal: 'unchanged',
  }),
  previewExport: defineMethod({
    summary: 'What an export would write, with the first lines of each file',
    kind: 'read',
    request: z
      .object({
        ...exportRequestFields,
        /** The name `exportProject` would write it under: the files as that name writes them. */
        out: z.string().min(1).max(4096).optional(),
      })
      .strict(),
    result: exportResultSchema,
    errors: ['not_found', 'damaged_file'],
  }),
  exportProject: defineMethod({
    summary: "Exports into the project's exports folder (or returns the files' content)",
    kind: 'read',
    request: z
      .object({ ...exportRequestFields, out: z.string().min(1).max(4096).optional(), named })
      .strict(),
    result: exportResultSchema,
    errors: ['not_found', 'damaged_file'],
  }),
  exportArchive: defineMethod({
    summary:
      'Exports as one zip archive (every file of a multi-file format), for a browser download',
    kind: 'read',
    request: z.object({ ...exportRequestFields, named }).strict(),
    result: exportArchiveSchema,
    errors: ['not_found', 'damaged_file'],
  }),
  interchangeProgress: defineMethod({
    summary: 'How far the running import or export has come (for a progress bar)',
    kind: 'read',
    request: z.object({}).strict(),
    result: interchangeProgressSchema,
    errors: [],
  }),
  cancelInterchange: defineMethod({
    summary:
      'Cancels the running import or export; an import writes nothing, an export leaves no file',
    kind: 'read',
    request: z.object({}).strict(),
    result: z.object({ cancelled: z.boolean() }),
    errors: [],
  }),
  importPaths: defineMethod({
    summary: 'Imports files and folders named by local paths (the command line), all or nothing',
    kind: 'edit',
    expose: 'local',
    request: z
      .object({
        paths: localPaths,
        format: z.enum(IMPORT_FORMATS),
        annotator: annotatorSchema.optional(),
        skipInvalid: z.boolean().optional(),
        ...conllImportFields,
        ...labelStudioImportFields,
        ...doccanoImportFields,
      })
      .strict(),
    result: importSummarySchema,
    errors: [],
  }),
  importTexts: defineMethod({
    summary: 'Adds plain-text files as new documents only; may run beside another writer',
    kind: 'append',
    expose: 'local',
    request: z.object({ paths: localPaths, skipInvalid: z.boolean().optional() }).strict(),
    result: importSummarySchema,
    errors: [],
  }),
  exportTo: defineMethod({
    summary: 'Exports to any local path the caller names (the command line)',
    kind: 'read',
    expose: 'local',
    request: z.object({ ...exportRequestFields, out: z.string().min(1).max(4096) }).strict(),
    result: exportResultSchema,
    errors: ['not_found', 'damaged_file'],
  }),
} as const;
