import { z } from 'zod';
import {
  annotatorSchema,
  documentStatusSchema,
  fragmentsSchema,
  idSchema,
  labelSchemaSchema,
  labelStylesSchema,
  layerSchema,
  spanSchema,
} from '../model';
import type { METHOD_NAMES } from './methodList';

const empty = z.object({}).strict();

export const problemSchema = z.object({ file: z.string(), reason: z.string(), line: z.number().int().optional() });

export const projectInfoSchema = z.object({
  name: z.string(),
  dir: z.string(),
  schema: labelSchemaSchema,
  styles: labelStylesSchema,
  problems: z.array(problemSchema),
  annotators: z.array(z.string()),
});
export type ProjectInfo = z.infer<typeof projectInfoSchema>;

export const settingsSchema = z.object({ annotator: annotatorSchema.nullable(), snapToWords: z.boolean() });
export type Settings = z.infer<typeof settingsSchema>;

export const documentSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  length: z.number().int(),
  spanCount: z.number().int(),
  status: documentStatusSchema,
  problem: z.string().optional(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const historyStateSchema = z.object({ canUndo: z.boolean(), canRedo: z.boolean() });
export type HistoryState = z.infer<typeof historyStateSchema>;

export const openedDocumentSchema = z.object({
  document: z.object({ id: idSchema, name: z.string(), text: z.string(), textHash: z.string(), length: z.number().int() }),
  layer: layerSchema,
  history: historyStateSchema,
});
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;

/** What one edit (or its undo) changed in a layer: enough for a view to update without reloading. */
export const layerChangeSchema = z.object({
  documentId: idSchema,
  upserted: z.array(spanSchema),
  removed: z.array(idSchema),
  status: documentStatusSchema,
  spanCount: z.number().int(),
  history: historyStateSchema,
});
export type LayerChange = z.infer<typeof layerChangeSchema>;

const documentRef = { documentId: idSchema };

/**
 * Every call of the WorkbenchApi: request and response schemas. Both transports (Electron
 * IPC and loopback HTTP) validate requests with these before the call reaches a service.
 */
export const workbenchMethods = {
  getProject: { request: empty, response: projectInfoSchema },
  getSettings: { request: empty, response: settingsSchema },
  updateSettings: {
    request: z.object({ annotator: annotatorSchema.optional(), snapToWords: z.boolean().optional() }).strict(),
    response: settingsSchema,
  },
  listDocuments: { request: empty, response: z.array(documentSummarySchema) },
  openDocument: { request: z.object(documentRef).strict(), response: openedDocumentSchema },
  addSpan: {
    request: z
      .object({ ...documentRef, label: z.string().min(1).max(200), fragments: fragmentsSchema, note: z.string().max(100_000).optional() })
      .strict(),
    response: layerChangeSchema,
  },
  updateSpan: {
    request: z
      .object({ ...documentRef, spanId: idSchema, label: z.string().min(1).max(200).optional(), note: z.string().max(100_000).optional() })
      .strict(),
    response: layerChangeSchema,
  },
  deleteSpan: { request: z.object({ ...documentRef, spanId: idSchema }).strict(), response: layerChangeSchema },
  setStatus: { request: z.object({ ...documentRef, status: documentStatusSchema }).strict(), response: layerChangeSchema },
  undo: { request: empty, response: layerChangeSchema.nullable() },
  redo: { request: empty, response: layerChangeSchema.nullable() },
} as const;

export type WorkbenchMethods = typeof workbenchMethods;
export type MethodName = keyof WorkbenchMethods;
export type RequestOf<M extends MethodName> = z.input<WorkbenchMethods[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<WorkbenchMethods[M]['response']>;

/** The one contract between the UI and the project: one object in, a promise of JSON-safe data out. */
export type WorkbenchApi = { [M in MethodName]: (request: RequestOf<M>) => Promise<ResponseOf<M>> };

/** The method names, in a stable order. */
export const methodNames = Object.keys(workbenchMethods) as MethodName[];

/** Compile-time proof that the preload's name list and the schemas list the same methods. */
type SameKeys<A extends string, B extends string> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const methodListMatches: SameKeys<(typeof METHOD_NAMES)[number], MethodName> = true;
