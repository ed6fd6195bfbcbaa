import type { Format } from '../common';
import { readPubtator } from './read';
import { writePubtator } from './write';

/** PubTator: `PMID|t|title`, `PMID|a|abstract`, tab-separated mention and relation lines. */
export const pubtatorFormat: Format = {
  id: 'pubtator',
  name: 'PubTator',
  extensions: ['.pubtator', '.txt'],
  read: readPubtator,
  write: writePubtator,
};

export { readPubtator, writePubtator };
export { isPubtatorFile } from './isPubtatorFile';
export { renameKeptPubtatorIds } from './renameKeptPubtatorIds';
