export { findOccurrences, type Occurrence } from './findOccurrences';
export { similarPassages, type SimilarPassage } from './similarPassages';
