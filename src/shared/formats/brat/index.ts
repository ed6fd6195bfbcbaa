import type { Format } from '../common';
import { readBrat } from './read';
import { writeBrat } from './write';

/** brat standoff: `.txt` + `.ann`, T/N/A/M/R/E/# lines; stances are `Stance` events. */
export const bratFormat: Format = {
  id: 'brat',
  name: 'brat standoff',
  extensions: ['.txt', '.ann'],
  read: readBrat,
  write: writeBrat,
};

export { readBrat, writeBrat };
