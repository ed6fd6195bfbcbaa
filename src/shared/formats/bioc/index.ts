import type { Format } from '../common';
import { keptBiocOf } from './keptBioc';
import { readBioc } from './read';
import { writeBioc } from './write';

/** BioC XML or JSON: a collection of documents, their passages, annotations (infons, locations) and relations. */
export const biocFormat: Format = {
  id: 'bioc',
  name: 'BioC XML or JSON',
  extensions: ['.xml', '.json', '.jsonl'],
  read: readBioc,
  write: writeBioc,
  keptFileName: (doc) => keptBiocOf(doc.metadata)?.file,
};

export { readBioc, writeBioc };
export { isBiocFile } from './isBiocFile';
export { renameKeptBiocIds } from './renameKeptBiocIds';
export { isBiocJson } from './isBiocJson';
