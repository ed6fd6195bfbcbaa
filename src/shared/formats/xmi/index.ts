import type { Format } from '../common';
import { readXmi } from './read';
import { writeXmi } from './write';

/** UIMA CAS XMI (INCEpTION, WebAnno, DKPro Core): the text as a sofa, annotations as feature structures. */
export const xmiFormat: Format = {
  id: 'xmi',
  name: 'UIMA CAS XMI',
  extensions: ['.xmi'],
  read: readXmi,
  write: writeXmi,
};

export { readXmi, writeXmi };
export { isInceptionZip, isTypeSystem } from './inceptionZip';
