import type { Format } from '../common';
import { readLabelStudio } from './read';
import { writeLabelStudio } from './write';
import { writeLabelStudioMin } from './writeMin';

/** Label Studio JSON tasks with NER (`labels`) results in code points, and Paragraphs (dialogue) tasks with `paragraphlabels` results. */
export const labelStudioFormat: Format = {
  id: 'labelstudio',
  name: 'Label Studio JSON',
  extensions: ['.json'],
  read: readLabelStudio,
  write: writeLabelStudio,
};

/** Label Studio's JSON-MIN export (one flat record per task, regions under the control's name): written only; the Label Studio reader reads it. */
export const labelStudioMinFormat: Format = {
  id: 'labelstudio-min',
  name: 'Label Studio JSON-MIN',
  extensions: ['.json'],
  write: writeLabelStudioMin,
};

export { readLabelStudio, writeLabelStudio, writeLabelStudioMin };
export { isLabelStudioCsv } from './csvMin';
export { keepsTaskLists, withoutTaskListsKeptElsewhere } from './keptAnnotation';
export { isPredictionLayer, predictionScore } from './predictionScore';
export { cancelledBy } from './completedBy';
export { renameKeptLabelStudioIds } from './renameKeptLabelStudioIds';
