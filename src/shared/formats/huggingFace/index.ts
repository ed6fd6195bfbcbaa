import { keptHfOf } from '../common';
import type { Format } from '../common';
import { readHuggingFace } from './read';
import { combineHuggingFaceSources } from './sourceFiles';
import { combineHuggingFaceSplits, writeHuggingFace } from './write';

/** Hugging Face token classification JSONL (or JSON) records + label names + dataset card. */
export const huggingFaceFormat: Format = {
  id: 'hf',
  name: 'Hugging Face token classification',
  extensions: ['.jsonl', '.json', '.parquet', '.arrow'],
  read: readHuggingFace,
  write: writeHuggingFace,
  overlapPolicy: true,
  combineSplits: combineHuggingFaceSplits,
  sourceFile: (doc) => keptHfOf(doc.metadata)?.file,
  combineSources: combineHuggingFaceSources,
};

export { readHuggingFace, writeHuggingFace, combineHuggingFaceSplits };
export { datasetCard } from './datasetCard';
export { infoTagNames } from './tagNames';
