import type { Format } from '../common';
import { readTxt } from './read';

/** Plain text, import only: one document per file. */
export const txtFormat: Format = {
  id: 'txt',
  name: 'plain text',
  extensions: ['.txt'],
  read: readTxt,
};

export { readTxt };
