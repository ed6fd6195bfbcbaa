import type { Format } from '../common';
import { readMae } from './read';
import { writeMae } from './write';

/** MAE (Multi-document Annotation Environment) XML: text in CDATA, extent and link tags. */
export const maeFormat: Format = {
  id: 'mae',
  name: 'MAE annotation XML',
  extensions: ['.xml'],
  read: readMae,
  write: writeMae,
};

export { readMae, writeMae };
export { isMaeFile } from './isMaeFile';
export { renameKeptMaeIds } from './keptLinks';
