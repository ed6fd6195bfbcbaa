import { z } from 'zod';
import { annotatorSchema, ownRecord } from '../model';
import { STANCE_COLUMN_SETS } from '../formats/common/stanceColumnSet';
import { EXPORT_SCHEMES } from '../formats/common/tagScheme';

export { EXPORT_SCHEMES, type ExportScheme } from '../formats/common/tagScheme';
export { STANCE_COLUMN_SETS, type StanceColumnSet } from '../formats/common/stanceColumnSet';

/** Formats `loupe import` reads; `auto` detects by extension and content. */
export const IMPORT_FORMATS = [
  'auto',
  'txt',
  'brat',
  'doccano',
  'labelstudio',
  'spans-jsonl',
  'conll',
  'hf',
  'stance-tsv',
  'mae',
  'webanno',
  'xmi',
  'pubtator',
  'bioc',
  'spacy-json',
  'spacy',
  'loupe',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Tag schemes a CoNLL / IOB import reads; `auto` detects one per file. */
export const IMPORT_SCHEMES = ['auto', 'iob1', 'iob2', 'bioes', 'bilou', 'io'] as const;
export type ImportScheme = (typeof IMPORT_SCHEMES)[number];

/** Request fields only a CoNLL / IOB import reads: the tag scheme and the tag column (1-based). */
export const conllImportFields = {
  scheme: z.enum(IMPORT_SCHEMES).optional(),
  tagColumn: z.number().int().min(1).max(1000).optional(),
  /** Hugging Face records with integer tags: the tag names in id order, when no file beside them names them. */
  tagNames: z.array(z.string().min(1)).min(1).max(10000).optional(),
};

/** Request fields only a Label Studio import reads: the `data` field holding each task's text. */
export const labelStudioImportFields = {
  textField: z.string().min(1).max(200).optional(),
};

/** Request fields only a doccano import reads: the columns (or keys) holding the text and the labels (its `column_data`, `column_label`). */
export const doccanoImportFields = {
  textColumn: z.string().min(1).max(200).optional(),
  labelColumn: z.string().min(1).max(200).optional(),
};

/** Formats `loupe export` writes. */
export const EXPORT_FORMATS = [
  'spans-jsonl',
  'doccano',
  'brat',
  'conll',
  'hf',
  'labelstudio',
  'labelstudio-min',
  'stance-tsv',
  'mae',
  'webanno',
  'xmi',
  'pubtator',
  'bioc',
  'spacy-json',
  'spacy',
  'loupe',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Formats that write several layers in one export (`--annotators`): doccano writes a record of
 * several users, Label Studio a task of several annotators' annotations.
 * @example LAYERED_EXPORT_FORMATS.includes('labelstudio') === true
 */
export const LAYERED_EXPORT_FORMATS: readonly ExportFormat[] = [
  'doccano',
  'labelstudio',
  'spans-jsonl',
];

/** One complaint about an input file: file, 1-based line when it means something, reason. */
export const fileProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().optional(),
  reason: z.string(),
});
export type FileProblem = z.infer<typeof fileProblemSchema>;

/** An annotation of an earlier version of a document that could not be placed in the new text. */
export const unplacedSchema = z.object({
  annotator: z.string(),
  kind: z.enum(['span', 'stance', 'relation', 'event', 'equivalence set']),
  id: z.string(),
  label: z.string(),
  text: z.string(),
});
export type Unplaced = z.infer<typeof unplacedSchema>;

/** A changed text imported under the name of a document already in the project. */
export const newVersionSchema = z.object({
  name: z.string(),
  previousId: z.string(),
  documentId: z.string(),
  carriedSpans: z.number().int(),
  carriedStances: z.number().int(),
  unplaced: z.array(unplacedSchema),
});
export type NewVersion = z.infer<typeof newVersionSchema>;

/** What an import added to the label schema because the project lacked it. */
export const schemaAdditionsSchema = z.object({
  labels: z.array(z.string()),
  polarities: z.array(z.string()),
  topics: z.array(z.string()),
  relationTypes: z.array(z.string()),
  entityTypes: z.array(z.string()),
  attributes: ownRecord(z.array(z.string())),
  documentLabels: ownRecord(z.array(z.string())),
});
export type SchemaAdditions = z.infer<typeof schemaAdditionsSchema>;

/**
 * How one imported document met the project, in one annotator's layer (a document imported
 * with several layers is listed once per layer): a new text, a text already there, or a new
 * version of a named one. A layer after the first of a document this import adds attaches to it.
 */
export const importedDocumentSchema = z.object({
  name: z.string(),
  documentId: z.string(),
  /** The layer's annotator; empty for a text imported without annotations. */
  annotator: z.string(),
  /** The layer holds a model's suggestions (Label Studio predictions), not a person's work. */
  machine: z.literal(true).optional(),
  outcome: z.enum(['added', 'attached', 'new_version']),
  spans: z.number().int(),
  stances: z.number().int(),
  /** Events (brat E lines) added, when any. */
  events: z.number().int().optional(),
  /** Another document with the same text under another name (identity is name plus text). */
  sameTextAs: z.string().optional(),
  /**
   * The name Loupe gave a record without one, by its file and place (`bob-3`), when it met
   * this document, already in the project, by its text alone.
   */
  byText: z.string().optional(),
  /** The path of the file such a record (see `byText`) was read from, as it was read. */
  file: z.string().optional(),
  /** The file the document was read from, below what was imported (`en/train.conll`; see `isDocumentSource`). */
  source: z.string().optional(),
});
export type ImportedDocument = z.infer<typeof importedDocumentSchema>;

/** One kind of annotation in an import: how many the files held, how many were added, and how many were already there. */
export const kindCountSchema = z.object({
  kind: z.string(),
  read: z.number().int(),
  imported: z.number().int(),
  alreadyPresent: z.number().int(),
});
export type KindCount = z.infer<typeof kindCountSchema>;

/** Everything an import did (or, in a preview, would do). */
export const importSummarySchema = z.object({
  format: z.string(),
  /** What the files held when it is not the format's own files (WebAnno TSV 3 inside an INCEpTION project export read as `xmi`). */
  readAs: z.string().optional(),
  written: z.boolean(),
  /** Each layer the import writes into, with how its document met the project. */
  documents: z.array(importedDocumentSchema),
  /**
   * The documents as the project lists them, each once however many layers the import writes
   * into it: new texts, new versions of a named one, and documents already in the project.
   */
  documentCounts: z.object({
    added: z.number().int(),
    newVersions: z.number().int(),
    alreadyPresent: z.number().int(),
  }),
  spans: z.number().int(),
  relations: z.number().int(),
  stances: z.number().int(),
  events: z.number().int().default(0),
  equivalences: z.number().int().default(0),
  /** Annotations identical to ones already in the layer, not added twice. */
  alreadyPresent: z.number().int(),
  /** Per kind (documents, spans, relations, …): read, imported, already present; skips are listed in `skipped`. */
  kinds: z.array(kindCountSchema).default([]),
  entitiesAdded: z.array(z.string()),
  schemaAdded: schemaAdditionsSchema,
  newVersions: z.array(newVersionSchema),
  skipped: z.array(fileProblemSchema),
  warnings: z.array(z.string()),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** A file chosen in the app: its relative name and its bytes, base64-encoded so invalid UTF-8 can be reported exactly. */
export const uploadedFileSchema = z
  .object({
    name: z.string().min(1).max(1000),
    base64: z
      .base64({
        error: 'not valid base64 (standard alphabet, padded with =): the file was not sent whole',
      })
      .max(90_000_000),
  })
  .strict();
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

export const importRequestSchema = z
  .object({
    files: z.array(uploadedFileSchema).min(1).max(100_000),
    format: z.enum(IMPORT_FORMATS),
    annotator: annotatorSchema.optional(),
    skipInvalid: z.boolean().optional(),
    ...conllImportFields,
    ...labelStudioImportFields,
    ...doccanoImportFields,
  })
  .strict();

/** A preview either lists what an import would do or every error that stops it. */
export const importPreviewSchema = z.object({
  summary: importSummarySchema.nullable(),
  errors: z.array(fileProblemSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** What an export wrote (or would write), counted, with what the format could not express. */
export const exportSummarySchema = z.object({
  format: z.string(),
  annotator: z.string(),
  documents: z.number().int(),
  spans: z.number().int(),
  stances: z.number().int(),
  /** Relations written (those left out are in `notExpressed`); absent when none was. */
  relations: z.number().int().optional(),
  /**
   * Suggestions rejected in the machine layers exported: left out (and said in a warning)
   * unless `includeRejected`, then written as their layer's spans. Absent when there are none.
   */
  rejected: z.number().int().optional(),
  notExpressed: ownRecord(z.number().int()),
  /** What was not written (lost), one line per reason, counted; and documents left out. */
  warnings: z.array(z.string()),
  /** What was written, but otherwise than it was (a word holding a space written whole, with tabs): no loss. */
  notes: z.array(z.string()),
  /**
   * Token formats: spans written at other offsets (an edge on whitespace moved to the
   * nearest word) or left out (`to` null, whitespace only), the first ones by name;
   * `adjustedTotal` counts them all.
   */
  adjusted: z
    .array(
      z.object({
        document: z.string(),
        span: z.string(),
        from: z.tuple([z.number().int(), z.number().int()]),
        to: z.tuple([z.number().int(), z.number().int()]).nullable(),
      }),
    )
    .optional(),
  adjustedTotal: z.number().int().optional(),
});
export type ExportSummary = z.infer<typeof exportSummarySchema>;

export const exportRequestFields = {
  format: z.enum(EXPORT_FORMATS),
  annotator: annotatorSchema,
  /**
   * doccano and Label Studio: more layers written with the annotator's, each annotation with its
   * user: a record (a task) several of them hold is written once, as doccano 1.x writes a
   * record of several users and Label Studio a task of several annotators.
   * Spans JSONL: each layer's record of a document, as Prodigy exports several annotators'.
   */
  annotators: z.array(annotatorSchema).min(1).max(1000).optional(),
  onlyDone: z.boolean().optional(),
  /** Export suggestions rejected in a machine layer too (default: left out, and counted). */
  includeRejected: z.boolean().optional(),
  split: z.string().max(40).optional(),
  seed: z.number().int().optional(),
  /** Only spans of these labels (and what refers only to them). */
  labels: z.array(z.string().min(1).max(200)).min(1).max(1000).optional(),
  /** CoNLL and Hugging Face: what to do with overlapping spans (default `error`). */
  overlaps: z.enum(['error', 'longest', 'first']).optional(),
  /** CoNLL: the tag scheme written (default `iob2`). */
  scheme: z.enum(EXPORT_SCHEMES).optional(),
  /** Stance TSV: the columns written (default `auto`; `semeval`: exactly ID, Target, Tweet, Stance). */
  columns: z.enum(STANCE_COLUMN_SETS).optional(),
  /** Spans JSONL: tokens and token indices in every record, as Prodigy's ner_manual tasks have them (default: a record keeps the keys it came with). */
  tokens: z.boolean().optional(),
  /** Write an export, or a split's part, holding no annotation (refused otherwise: almost always a mistake). */
  allowEmpty: z.boolean().optional(),
};

/** A written or previewed export file: its path relative to the output, its size and its first lines. */
export const exportFileSchema = z.object({
  path: z.string(),
  bytes: z.number().int(),
  head: z.string(),
  content: z.string().optional(),
  /** A binary file's content (spaCy's `.spacy`), base64-encoded, in place of `content`. */
  base64: z.string().optional(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export const exportResultSchema = z.object({
  summary: exportSummarySchema,
  files: z.array(exportFileSchema),
  out: z.string().nullable(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

/** A multi-file export as one zip archive, for a browser to download as one file. */
export const exportArchiveSchema = z.object({
  summary: exportSummarySchema,
  /** A file name for the archive, e.g. `loupe-brat-gold.zip`. */
  name: z.string(),
  /** The files inside, with their sizes (no content). */
  files: z.array(exportFileSchema),
  /** The zip archive, base64-encoded. */
  base64: z.string(),
});
export type ExportArchive = z.infer<typeof exportArchiveSchema>;

/** How far the import or export running in a project has come, for clients whose transport carries no progress (the app). */
export const interchangeProgressSchema = z.object({
  running: z.boolean(),
  verb: z.enum(['import', 'export']).optional(),
  phase: z.string().optional(),
  done: z.number().int().optional(),
  total: z.number().int().optional(),
});
export type InterchangeProgress = z.infer<typeof interchangeProgressSchema>;
