import type { Format } from '../common';
import { readLoupe } from './read';
import { writeLoupe } from './write';

/** Loupe's own lossless JSON, for sharing annotations with teammates. */
export const loupeFormat: Format = {
  id: 'loupe',
  name: 'Loupe (lossless JSON)',
  extensions: ['.json'],
  read: readLoupe,
  write: writeLoupe,
};

export { readLoupe, writeLoupe };
