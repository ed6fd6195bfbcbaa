export {
  importPaths,
  importUploads,
  previewUploads,
  problemOf,
  type ImportOptions,
} from './importService';
export { gatherImportFiles, decodeUploads, isInside, type GatheredFiles } from './importFiles';
export { readImportBatch, type ReadBatch } from './readImportBatch';
export { planImport } from './planImport';
export { projectNameOf } from './documentTargets';
export { type AnnotatorChoice } from './annotatorOf';
export { applyImport } from './applyImport';
export { alignTexts, type TextAlignment } from './alignTexts';
export type {
  ImportPlan,
  ImportProgress,
  Monitor,
  PlannedDocument,
  PlannedUnit,
} from './importPlan';
export { exportProject, type ExportOptions, type Exported } from './exportProject';
export { exportBundle, exportNameOf, type ExportBundle } from './exportBundle';
export { writeExportFiles } from './writeExportFiles';
export { exportTarget, EXPORTS_FOLDER } from './exportTarget';
export { describeExportFile } from './describeExportFile';
