import { z } from 'zod';
import {
  dismissedNameSchema,
  documentStatusSchema,
  idSchema,
  labelSchemaSchema,
  labelStylesSchema,
  layerSchema,
  ownRecord,
  personalAnnotatorSchema,
  relationSchema,
  spanSchema,
  stanceSchema,
} from '../../model';

/** A file of the project that could not be read, and why. */
export const problemSchema = z.object({
  file: z.string(),
  reason: z.string(),
  line: z.number().int().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const projectInfoSchema = z.object({
  name: z.string(),
  dir: z.string(),
  schema: labelSchemaSchema,
  styles: labelStylesSchema,
  /** The version of schema and styles, for updateSchema's `basedOn`. */
  schemaVersion: z.string(),
  problems: z.array(problemSchema),
  annotators: z.array(z.string()),
  /** Why the project is open read-only (another program holds its lock); absent when this workbench may write. */
  readOnly: z.string().optional(),
});
export type ProjectInfo = z.infer<typeof projectInfoSchema>;

/** The user's own key for a command: command id → key chord (e.g. `{ find: 'Mod+Shift+f' }`). */
export const keybindingsSchema = z.record(z.string().max(64), z.string().max(64));

/** A colour theme the user chose; a user who chose none follows the system's. */
export const themeSchema = z.enum(['light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

export const settingsSchema = z.object({
  annotator: personalAnnotatorSchema.nullable(),
  snapToWords: z.boolean(),
  keybindings: keybindingsSchema.optional(),
  /** Absent: the system's theme (`prefers-color-scheme`). */
  theme: themeSchema.optional(),
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
  /** What readers call the document: the title a user gave it, else its first headline-like line ('' when none). */
  title: z.string().optional(),
  /** The file it was imported from, below what was imported (`en/train.conll`); absent when not known. */
  source: z.string().optional(),
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
  /** Why edits of this layer are refused though the project is writable (its journal is read-only), with what to do. */
  notice: problemSchema.optional(),
});
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;

/** What one edit (or its undo) changed in one layer: enough for a view to update without reloading. */
export const layerChangeSchema = z.object({
  documentId: idSchema,
  upserted: z.array(spanSchema),
  removed: z.array(idSchema),
  stancesUpserted: z.array(stanceSchema),
  stancesRemoved: z.array(idSchema),
  relationsUpserted: z.array(relationSchema),
  relationsRemoved: z.array(idSchema),
  /** Every known-name suggestion dismissed in this layer, after the edit. */
  dismissedNames: z.array(dismissedNameSchema),
  documentLabels: ownRecord(z.string()),
  status: documentStatusSchema,
  spanCount: z.number().int(),
});
export type LayerChange = z.infer<typeof layerChangeSchema>;

/** The result of an edit, undo or redo: the layers it changed, whether entities changed, and the history. */
/** A layer a label rename or delete left as it was, and why (its journal is read-only, or it is damaged). */
export const skippedLayerSchema = z.object({
  documentId: idSchema,
  annotator: z.string(),
  file: z.string(),
  reason: z.string(),
  /** Its spans the edit would have changed; null when the layer could not be read to count them. */
  spans: z.number().int().nullable(),
});
export type SkippedLayer = z.infer<typeof skippedLayerSchema>;

/** What a label rename or delete did to spans: those changed, those left as they were and where. */
export const labelSpansSchema = z.object({
  changed: z.number().int(),
  /** Spans counted in the skipped layers (a damaged layer's are not known: its `spans` is null). */
  notChanged: z.number().int(),
  skipped: z.array(skippedLayerSchema),
});
export type LabelSpans = z.infer<typeof labelSpansSchema>;

export const editResultSchema = z.object({
  changes: z.array(layerChangeSchema),
  entitiesChanged: z.boolean(),
  /** The schema or label styles changed: reload the project info. */
  projectChanged: z.boolean(),
  history: historyStateSchema,
  /** After a label rename or delete: the spans it changed and the layers it could not. */
  labelSpans: labelSpansSchema.optional(),
});
export type EditResult = z.infer<typeof editResultSchema>;

/** What `validate` found: every problem with its file, and what was read. */
export const validationReportSchema = z.object({
  ok: z.boolean(),
  documents: z.number().int(),
  layers: z.number().int(),
  spans: z.number().int(),
  problems: z.array(problemSchema),
});
export type ValidationReport = z.infer<typeof validationReportSchema>;

/** One annotator's totals in `stats`. */
export const annotatorStatsSchema = z.object({
  annotator: z.string(),
  spans: z.number().int(),
  stances: z.number().int(),
  labels: ownRecord(z.number().int()),
  status: z.record(documentStatusSchema, z.number().int()),
});
export type AnnotatorStats = z.infer<typeof annotatorStatsSchema>;

/** A document or layer `stats` could not read and left out of its counts: named, never silent. */
export const skippedFileSchema = z.object({ file: z.string(), reason: z.string() });
export type SkippedFile = z.infer<typeof skippedFileSchema>;

export const projectStatsSchema = z.object({
  name: z.string(),
  documents: z.number().int(),
  characters: z.number().int(),
  annotators: z.array(annotatorStatsSchema),
  /** What the counts leave out (an unreadable meta, text or layer); empty when nothing was. */
  skipped: z.array(skippedFileSchema),
});
export type ProjectStats = z.infer<typeof projectStatsSchema>;
