export type { SpacyRules } from './spacyRules';
export type { SpacyTokens, TokenResplit } from './spacyTokens';
export type { ChunkSplitter } from './createChunkSplitter';
export { createChunkSplitter } from './createChunkSplitter';
export { spacyTokens, resplitTokens } from './spacyTokens';
export { spacyEnglishTokens } from './spacyEnglishTokens';
export { isPythonSpace, PYTHON_SPACES } from './isPythonSpace';
export { SPACY_ENGLISH_RULES } from './rules';
export { cutTokens } from './cutTokens';
