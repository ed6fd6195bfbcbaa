export { FormatError } from './formatError';
export { FormatErrors } from './formatErrors';
export { ErrorCollector } from './errorCollector';
export type { FormatDocument, FormatRelation, FormatSpan, FormatStance } from './formatDocument';
export type { DeclaredVocabulary, FormatBundle } from './formatBundle';
export type {
  Format,
  FormatFile,
  FormatId,
  ReadOptions,
  SplitPart,
  SourcePart,
  WriteOptions,
  WriteResult,
  WriteSummary,
} from './format';
export { ADJUSTED_NAMED, Tally } from './tally';
export type { AdjustedSpan } from './tally';
export { splitLines, stripByteOrderMark } from './splitLines';
export { tableRecords } from './tableRecords';
export type { TableDelimiter, TableRecord, TableRecords } from './tableRecords';
export { taggedTokenLine } from './taggedTokenLine';
export { pipedColumns, pipedTokenLine, tokensOf } from './pipedTokens';
export type { NumberedLine } from './splitLines';
export { baseName, extensionOf, pathStem } from './baseName';
export { namedByPlace } from './namedByPlace';
export { uniqueDocumentName, uniqueFileName, uniqueFilePath } from './uniqueFileName';
export { inFileFolder } from './inFileFolder';
export { freeBeside, freeFileName, inSourceFolder, noFileNote } from './freeFileName';
export { sourceKey } from './sourceKey';
export { createLineIndex, lineAt } from './lineAt';
export { scanJson } from './jsonScan';
export type { JsonPathKey, JsonProblem } from './jsonScan';
export { jsonOrNull, parseJson } from './parseJson';
export { jsonPathLines } from './jsonPathLines';
export { readJsonLines, readJsonObjects } from './readJsonLines';
export { readJsonRecords } from './readJsonRecords';
export { arrayElements, topLevelValues } from './topLevelValues';
export type { JsonExtent } from './topLevelValues';
export { readXml } from './readXml';
export type { XmlParser, XmlRun } from './readXml';
export { rawFit, recordFit } from './recordFit';
export { isAnnotationKey, unreadAnnotationKeys } from './unreadAnnotationKeys';
export type { JsonLine, JsonObjectLine } from './readJsonLines';
export { formatPath, zodProblems } from './zodProblems';
export type { ZodProblem } from './zodProblems';
export { firstDifference } from './firstDifference';
export { fragmentProblem } from './fragmentProblem';
export { coveredText, fitsAsUtf16, textMismatch } from './coveredText';
export {
  BEYOND_SPANS,
  BEYOND_UIMA_LAYERS,
  KEPT_FOR_ONE_FORMAT,
  tallyUnwritten,
} from './tallyUnwritten';
export type { Unwritten } from './tallyUnwritten';
export { bundleOf } from './bundleOf';
export { createEntityLookup } from './entityLookup';
export type { EntityLookup } from './entityLookup';
export { IOB_REASONS, tagDocument } from './tagDocument';
export { wordRange } from './wordRange';
export type { TaggedDocument } from './tagDocument';
export { OVERLAP_POLICIES } from './overlapPolicy';
export { NAMED_PAIRS, SpanOverlapError } from './spanOverlapError';
export type { OverlapPair, OverlapSide } from './spanOverlapError';
export type { OverlapPolicy } from './overlapPolicy';
export {
  ByteWriter,
  littleEndianWords,
  writeChars,
  writeInt,
  writeIntView,
  writeSlice,
} from './byteWriter';
export { jsonStringBytes, keptJsonStringBytes } from './jsonStringBytes';
export { ANSWERED_AWAY, answeredAway, skippedInProdigy } from './answeredAway';
export { fileFields, isFileField } from './fileFields';
export {
  hasMinAnnotationKeys,
  isLabelledRegions,
  isMinRegions,
  MIN_ANNOTATION_KEYS,
} from './minRegions';
export { isJsonValue } from './isJsonValue';
export { jsonDepth, MAX_JSON_DEPTH } from './jsonDepth';
export { deepField } from './deepField';
export type { DeepField } from './deepField';
export { shallowRecords } from './shallowRecords';
export type { JsonValue } from './isJsonValue';
export { movedFile } from './movedFile';
export { piecedFile } from './piecedFile';
export { releaseFiles } from './releaseFiles';
export { adjusted } from './adjusted';
export { adjustedLines } from './adjustedLines';
export { EXPORT_SCHEMES, TAG_SCHEMES } from './tagScheme';
export { STANCE_COLUMN_SETS, type StanceColumnSet } from './stanceColumnSet';
export type { ExportScheme, TagScheme } from './tagScheme';
export { conllTokens } from './conllTokens';
export { KEPT_CONLL, KEPT_MAE, keptConllOf, withoutKeptLayouts } from './keptConll';
export { inFileOrder } from './fileOrder';
export type { FilePlace } from './fileOrder';
export { recordHolders } from './recordHolders';
export type { KeptConll } from './keptConll';
export { documentTokens } from './documentTokens';
export { isTokenFile } from './isTokenFile';
export {
  catLabels,
  catsOfLabels,
  isSpacyCats,
  labelsBesideCats,
  NOT_A_CATEGORY,
  SPACY_CATS,
} from './spacyCats';
export { parseTag, readingOf, SCHEME_NAMES, SCHEME_PREFIXES, tagText } from './iobTag';
export type { IobTag, TagPrefix } from './iobTag';
export { schemeOf } from './schemeOf';
export { chunksOf } from './chunksOf';
export type { Chunk, IllFormed } from './chunksOf';
export { tokenSpans } from './tokenSpans';
export { keptHfFieldNames, keptHfNames, keptHfOf, keptHfOtherStarts } from './keptHf';
export type { KeptHf, KeptHfRecord } from './keptHf';
export {
  heldMetadataKeys,
  KEPT_DOCCANO,
  KEPT_HF,
  KEPT_SPACY_DOCBIN,
  KEPT_SPACY_JSON,
} from './keptKeys';
export { keptDocBinOf } from './keptDocBin';
export type { KeptDocBin, KeptDocBinColumn } from './keptDocBin';
export { keptSpacyJsonOf } from './keptSpacyJson';
export type { KeptSpacyJson } from './keptSpacyJson';
export { shortName } from './shortName';
export { MAX_ZIP_INFLATED, readZip, zipDirectoryProblem } from './readZip';
export type { ZipContent, ZipEntry } from './readZip';
export {
  MAX_ZIP_ENTRIES,
  readZipDirectory,
  ZIP_TAIL_BYTES,
  zipDirectoryStart,
} from './zipDirectory';
export type { ZipDirectory, ZipDirectoryEntry } from './zipDirectory';
export { jsonStyleOf, restyled, sortedJson } from './jsonStyle';
export type { JsonStyle } from './jsonStyle';
export { objectEntries } from './objectEntries';
export type { ObjectEntries, ObjectEntry } from './objectEntries';
export { styledLike } from './styledLike';
export { sourceFileAt, sourceFileOf } from './sourceFile';
export type { SourceFile } from './sourceFile';
export { bySourceFile } from './bySourceFile';
export type { SourceGroup } from './bySourceFile';
export { mergedSummary } from './mergedSummary';
export { writeBySource } from './writeBySource';
export { filedUnder } from './filedUnder';
