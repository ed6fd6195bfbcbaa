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
  stanceSchema,
  entitySchema,
  holderSchema,
  targetSchema,
} from '../model';
import { agreementResultSchema, matchModeSchema } from '../agreement';
import { reviewDecisionSchema, reviewDocumentSchema } from '../review';
import type { METHOD_NAMES } from './methodList';
import {
  exportRequestFields,
  exportResultSchema,
  importPreviewSchema,
  importRequestSchema,
  importSummarySchema,
} from './interchange';

const empty = z.object({}).strict();

export const problemSchema = z.object({
  file: z.string(),
  reason: z.string(),
  line: z.number().int().optional(),
});

export const projectInfoSchema = z.object({
  name: z.string(),
  dir: z.string(),
  schema: labelSchemaSchema,
  styles: labelStylesSchema,
  problems: z.array(problemSchema),
  annotators: z.array(z.string()),
  /** Why the project is open read-only (another program holds its lock); absent when this workbench may write. */
  readOnly: z.string().optional(),
});
export type ProjectInfo = z.infer<typeof projectInfoSchema>;

export const settingsSchema = z.object({
  annotator: annotatorSchema.nullable(),
  snapToWords: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** One annotator's layer of a document in the document list (gold included). */
export const layerSummarySchema = z.object({
  annotator: z.string(),
  status: documentStatusSchema,
  spanCount: z.number().int(),
  stanceCount: z.number().int(),
  problem: z.string().optional(),
});
export type LayerSummary = z.infer<typeof layerSummarySchema>;

export const documentSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  length: z.number().int(),
  spanCount: z.number().int(),
  status: documentStatusSchema,
  problem: z.string().optional(),
  /** Every annotator with a layer folder, sorted by name: their status and counts on this document. */
  layers: z.array(layerSummarySchema).optional(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const historyStateSchema = z.object({ canUndo: z.boolean(), canRedo: z.boolean() });
export type HistoryState = z.infer<typeof historyStateSchema>;

export const openedDocumentSchema = z.object({
  document: z.object({
    id: idSchema,
    name: z.string(),
    text: z.string(),
    textHash: z.string(),
    length: z.number().int(),
  }),
  layer: layerSchema,
  history: historyStateSchema,
});
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;

/** What one edit (or its undo) changed in one layer: enough for a view to update without reloading. */
export const layerChangeSchema = z.object({
  documentId: idSchema,
  upserted: z.array(spanSchema),
  removed: z.array(idSchema),
  stancesUpserted: z.array(stanceSchema),
  stancesRemoved: z.array(idSchema),
  documentLabels: z.record(z.string(), z.string()),
  status: documentStatusSchema,
  spanCount: z.number().int(),
});
export type LayerChange = z.infer<typeof layerChangeSchema>;

/** The result of an edit, undo or redo: the layers it changed, whether entities changed, and the history. */
export const editResultSchema = z.object({
  changes: z.array(layerChangeSchema),
  entitiesChanged: z.boolean(),
  /** The schema or label styles changed: reload the project info. */
  projectChanged: z.boolean(),
  history: historyStateSchema,
});
export type EditResult = z.infer<typeof editResultSchema>;

export const entityCandidateSchema = z.object({
  entity: entitySchema,
  score: z.number(),
  matched: z.string(),
});
export type EntityCandidateResult = z.infer<typeof entityCandidateSchema>;

export const mentionSchema = z.object({
  documentId: idSchema,
  documentName: z.string(),
  spanId: idSchema,
  label: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

export const searchHitSchema = z.object({
  documentId: idSchema,
  documentName: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
  /** Labels of the annotator's spans with exactly these offsets. */
  labels: z.array(z.string()),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const passageSchema = z.object({
  documentId: idSchema,
  documentName: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  similarity: z.number(),
});
export type Passage = z.infer<typeof passageSchema>;

const stanceMapItem = z.object({
  documentId: idSchema,
  documentName: z.string(),
  stanceId: idSchema,
  polarity: z.string(),
  evidence: z.string(),
});
export const stanceMapSchema = z.object({
  polarities: z.array(z.string()),
  holders: z.array(z.string()),
  targets: z.array(z.string()),
  cells: z.array(
    z.object({
      holder: z.string(),
      target: z.string(),
      counts: z.record(z.string(), z.number().int()),
      items: z.array(stanceMapItem),
    }),
  ),
});
export type StanceMap = z.infer<typeof stanceMapSchema>;

/**
 * What `agreement` answers: the {@link agreementResultSchema} figures plus Krippendorff's
 * unitizing alpha of span boundaries over the whole project (all annotators, documents laid
 * end to end as one continuum), overall and per label; null where nobody marked a unit.
 */
export const agreementReportSchema = agreementResultSchema.extend({
  unitizing: z.object({
    overall: z.number().nullable(),
    byLabel: z.record(z.string(), z.number().nullable()),
  }),
});
export type AgreementReport = z.infer<typeof agreementReportSchema>;

const documentRef = { documentId: idSchema };
const reviewRef = { documentId: idSchema, annotators: z.tuple([annotatorSchema, annotatorSchema]) };
const label = z.string().min(1).max(200);
const note = z.string().max(100_000);
const entityFields = {
  name: z.string().min(1).max(500),
  type: z.string().min(1).max(200),
  aliases: z.array(z.string().min(1).max(500)).max(1000),
  kbId: z.string().max(200),
  note,
};
const newSpan = z
  .object({
    ...documentRef,
    label,
    fragments: fragmentsSchema,
    note: note.optional(),
    entityId: idSchema.optional(),
  })
  .strict();

/**
 * Every call of the WorkbenchApi: request and response schemas. Both transports (Electron
 * IPC and loopback HTTP) validate requests with these before the call reaches a service.
 */
export const workbenchMethods = {
  getProject: { request: empty, response: projectInfoSchema },
  getSettings: { request: empty, response: settingsSchema },
  updateSettings: {
    request: z
      .object({ annotator: annotatorSchema.optional(), snapToWords: z.boolean().optional() })
      .strict(),
    response: settingsSchema,
  },
  listDocuments: { request: empty, response: z.array(documentSummarySchema) },
  openDocument: { request: z.object(documentRef).strict(), response: openedDocumentSchema },
  addSpan: { request: newSpan, response: editResultSchema },
  addSpans: {
    request: z.object({ items: z.array(newSpan).min(1).max(100_000) }).strict(),
    response: editResultSchema,
  },
  updateSpan: {
    request: z
      .object({
        ...documentRef,
        spanId: idSchema,
        label: label.optional(),
        note: note.optional(),
        entityId: idSchema.nullable().optional(),
        fragments: fragmentsSchema.optional(),
      })
      .strict(),
    response: editResultSchema,
  },
  deleteSpan: {
    request: z.object({ ...documentRef, spanId: idSchema }).strict(),
    response: editResultSchema,
  },
  setStatus: {
    request: z.object({ ...documentRef, status: documentStatusSchema }).strict(),
    response: editResultSchema,
  },
  setDocumentLabel: {
    request: z
      .object({ ...documentRef, name: z.string().min(1), value: z.string().min(1).nullable() })
      .strict(),
    response: editResultSchema,
  },
  addStance: {
    request: z
      .object({
        ...documentRef,
        holder: holderSchema.optional(),
        target: targetSchema.optional(),
        polarity: z.string().min(1),
        evidence: z.array(idSchema).min(1),
        note: note.optional(),
      })
      .strict(),
    response: editResultSchema,
  },
  updateStance: {
    request: z
      .object({
        ...documentRef,
        stanceId: idSchema,
        holder: holderSchema.nullable().optional(),
        target: targetSchema.nullable().optional(),
        polarity: z.string().min(1).optional(),
        evidence: z.array(idSchema).min(1).optional(),
        note: note.optional(),
      })
      .strict(),
    response: editResultSchema,
  },
  deleteStance: {
    request: z.object({ ...documentRef, stanceId: idSchema }).strict(),
    response: editResultSchema,
  },
  listEntities: { request: empty, response: z.array(entitySchema) },
  searchEntities: {
    request: z
      .object({ query: z.string().max(500), limit: z.number().int().min(1).max(100).optional() })
      .strict(),
    response: z.array(entityCandidateSchema),
  },
  createEntity: {
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
    response: editResultSchema,
  },
  updateEntity: {
    request: z
      .object({
        entityId: idSchema,
        name: entityFields.name.optional(),
        type: entityFields.type.optional(),
        aliases: entityFields.aliases.optional(),
        kbId: entityFields.kbId.optional(),
        note: note.optional(),
      })
      .strict(),
    response: editResultSchema,
  },
  mergeEntities: {
    request: z.object({ from: idSchema, into: idSchema }).strict(),
    response: editResultSchema,
  },
  entityMentions: {
    request: z.object({ entityId: idSchema }).strict(),
    response: z.array(mentionSchema),
  },
  searchText: {
    request: z
      .object({
        query: z.string().min(1).max(1000),
        scope: z.enum(['document', 'project']),
        documentId: idSchema.optional(),
        ignoreCase: z.boolean().optional(),
        wholeWord: z.boolean().optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    response: z.array(searchHitSchema),
  },
  similarPassages: {
    request: z.object({ ...documentRef, spanId: idSchema }).strict(),
    response: z.array(passageSchema),
  },
  carryStance: {
    request: z
      .object({
        ...documentRef,
        stanceId: idSchema,
        to: z
          .object({
            documentId: idSchema,
            start: z.number().int().nonnegative(),
            end: z.number().int().positive(),
          })
          .strict(),
      })
      .strict(),
    response: editResultSchema,
  },
  stanceMap: { request: empty, response: stanceMapSchema },
  updateSchema: {
    request: z.object({ schema: labelSchemaSchema, styles: labelStylesSchema }).strict(),
    response: editResultSchema,
  },
  renameLabel: {
    request: z.object({ from: label, to: label }).strict(),
    response: editResultSchema,
  },
  deleteLabel: {
    request: z.object({ name: label, force: z.boolean().optional() }).strict(),
    response: editResultSchema,
  },
  /** Rereads files another program changed (git pull, a copied folder); lists them, project-relative. */
  syncWithDisk: { request: empty, response: z.object({ changed: z.array(z.string()) }) },
  agreement: {
    request: z
      .object({ annotators: z.array(annotatorSchema).min(2).max(50), match: matchModeSchema })
      .strict(),
    response: agreementReportSchema,
  },
  reviewDocument: { request: z.object(reviewRef).strict(), response: reviewDocumentSchema },
  adjudicate: {
    request: z
      .object({ ...reviewRef, itemId: z.string().min(1).max(1000), decision: reviewDecisionSchema })
      .strict(),
    response: reviewDocumentSchema,
  },
  acceptAllAgreed: { request: z.object(reviewRef).strict(), response: reviewDocumentSchema },
  previewImport: { request: importRequestSchema, response: importPreviewSchema },
  importFiles: { request: importRequestSchema, response: importSummarySchema },
  previewExport: { request: z.object(exportRequestFields).strict(), response: exportResultSchema },
  exportProject: {
    request: z
      .object({ ...exportRequestFields, out: z.string().min(1).max(4096).optional() })
      .strict(),
    response: exportResultSchema,
  },
  undo: { request: empty, response: editResultSchema.nullable() },
  redo: { request: empty, response: editResultSchema.nullable() },
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
type SameKeys<A extends string, B extends string> = [A] extends [B]
  ? [B] extends [A]
    ? true
    : never
  : never;
export const methodListMatches: SameKeys<(typeof METHOD_NAMES)[number], MethodName> = true;
