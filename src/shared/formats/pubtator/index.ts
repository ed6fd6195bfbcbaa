import type { Format } from '../common';
import { keptPubtatorOf } from './keptPubtator';
import { readPubtator } from './read';
import { writePubtator } from './write';

/** PubTator: `PMID|t|title`, `PMID|a|abstract`, tab-separated mention and relation lines. */
export const pubtatorFormat: Format = {
  id: 'pubtator',
  name: 'PubTator',
  extensions: ['.pubtator', '.txt'],
  read: readPubtator,
  write: writePubtator,
  keptFileName: (doc) => keptPubtatorOf(doc.metadata)?.file,
};

export { readPubtator, writePubtator };
export { isPubtatorFile } from './isPubtatorFile';
export { renameKeptPubtatorIds } from './renameKeptPubtatorIds';
