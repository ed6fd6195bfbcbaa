import type { Format } from '../common';
import { combineHuggingFaceSplits, writeHuggingFace } from './write';

/** Hugging Face token classification JSONL + label names + dataset card, export only. */
export const huggingFaceFormat: Format = {
  id: 'hf',
  name: 'Hugging Face token classification',
  extensions: ['.jsonl', '.json'],
  write: writeHuggingFace,
  overlapPolicy: true,
  combineSplits: combineHuggingFaceSplits,
};

export { writeHuggingFace, combineHuggingFaceSplits };
export { datasetCard } from './datasetCard';
