export * from './common';
export { FORMATS, getFormat, isFormatId } from './registry';
export { detectFormat, SHARED_TASK_EXTENSIONS, textFileFormat } from './detectFormat';
export { splitDocuments } from './splitDocuments';
export type { DocumentSplit } from './splitDocuments';
export { parseSplitRatios } from './parseSplitRatios';
export { splitPartDocuments, splitResult, writeSplitParts, writeSplits } from './writeSplits';
export type { SplitOptions, SplitPartDocuments } from './writeSplits';
export { collectVocabulary } from './collectVocabulary';
export type { Vocabulary } from './collectVocabulary';
export { bratFormat, PARTIAL_ANN_EXTENSIONS, readBrat, renameKeptBratIds, writeBrat } from './brat';
export { doccanoFormat, isDoccanoCsv, readDoccano, writeDoccano } from './doccano';
export type { DoccanoColumns } from './doccano';
export {
  isLabelStudioCsv,
  isPredictionLayer,
  keepsTaskLists,
  predictionScore,
  withoutTaskListsKeptElsewhere,
  cancelledBy,
  labelStudioFormat,
  labelStudioMinFormat,
  readLabelStudio,
  renameKeptLabelStudioIds,
  writeLabelStudio,
  writeLabelStudioMin,
} from './labelStudio';
export { spansJsonlFormat, readSpansJsonl, writeSpansJsonl } from './spansJsonl';
export { conllFormat, readConll, writeConll } from './conll';
export { huggingFaceFormat, infoTagNames, readHuggingFace, writeHuggingFace } from './huggingFace';
export { readStanceTsv, stanceColumns, stanceTsvFormat, writeStanceTsv } from './stanceTsv';
export { loupeFormat, readLoupe, writeLoupe } from './loupe';
export { biocFormat, isBiocFile, isBiocJson, readBioc, renameKeptBiocIds, writeBioc } from './bioc';
export { isMaeFile, maeFormat, readMae, renameKeptMaeIds, writeMae } from './mae';
export {
  isPubtatorFile,
  pubtatorFormat,
  readPubtator,
  renameKeptPubtatorIds,
  writePubtator,
} from './pubtator';
export { isSpacyJsonFile, readSpacyJson, spacyJsonFormat, writeSpacyJson } from './spacyJson';
export { readSpacyDocBin, spacyDocBinFormat, writeSpacyDocBin } from './spacyDocBin';
export { readTxt, txtFormat } from './txt';
export { isWebannoFile, readWebanno, webannoFormat, writeWebanno } from './webanno';
export {
  inceptionZipProblem,
  isInceptionListing,
  isInceptionZip,
  isTypeSystem,
  writeXmi,
} from './xmi';
export { readXmi, xmiFormat } from './xmiFormat';
export { keepLabels } from './keepLabels';
