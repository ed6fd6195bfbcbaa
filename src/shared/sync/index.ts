export { mergeJson, same, type Json, type JsonConflict, type JsonMerge } from './mergeJson';
