export { AnnotationService } from './annotationService';
export { StanceService } from './stanceService';
export { EntityService } from './entityService';
export { EditSession } from './editSession';
export { EditHistory, invert, type Transaction, type LayerStep } from './transaction';
export { importTexts, collectTextFiles, type TextImportResult } from './importTexts';
export { createProject, type CreateProjectOptions } from './createProject';
export { documentList } from './documentList';
export { sortSpans } from './spanIndex';
export { toWorkbenchError } from './toWorkbenchError';
export { validateProject, type ValidationReport } from './validateProject';
export {
  projectStats,
  type ProjectStats,
  type AnnotatorStats,
  type SkippedFile,
} from './projectStats';
export { demoProjectDir } from './demoProject';
export { SearchService } from './searchService';
export { stanceMap } from './stanceMap';
export { planCarryStance } from './carryStance';
export { SchemaService, schemaProblem } from './schemaService';
export { projectAgreement, checkAnnotators, type AgreementQuery } from './agreementService';
export { ReviewService, type ReviewQuery } from './reviewService';
export { PanelReviewService, type PanelQuery } from './panelReviewService';
