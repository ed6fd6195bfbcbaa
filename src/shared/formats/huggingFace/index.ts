import type { Format } from '../common';
import { writeHuggingFace } from './write';

/** Hugging Face token classification JSONL + label names, export only. */
export const huggingFaceFormat: Format = {
  id: 'hf',
  name: 'Hugging Face token classification',
  extensions: ['.jsonl', '.json'],
  write: writeHuggingFace,
};

export { writeHuggingFace };
