import type { Format } from '../common';
import { readLabelStudio } from './read';
import { writeLabelStudio } from './write';

/** Label Studio JSON tasks with NER (`labels`) results in code points, and Paragraphs (dialogue) tasks with `paragraphlabels` results. */
export const labelStudioFormat: Format = {
  id: 'labelstudio',
  name: 'Label Studio JSON',
  extensions: ['.json'],
  read: readLabelStudio,
  write: writeLabelStudio,
};

export { readLabelStudio, writeLabelStudio };
