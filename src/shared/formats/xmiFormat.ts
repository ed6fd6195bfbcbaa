import type { Format, FormatBundle, FormatFile } from './common';
import { readWebannoFile } from './webanno';
import { readXmiFiles, writeXmi } from './xmi';

/**
 * Reads UIMA CAS XMI files and INCEpTION's zip exports (see readXmiFiles), a project exported
 * with WebAnno TSV 3 too: its `annotation/<document>/<user>.tsv` files read by the WebAnno
 * reader, each the document of its folder in its user's layer. Throws FormatErrors.
 * @example readXmi([{ path: 'project.zip', content: '', binary }]).documents[0]?.annotator === 'admin'
 */
export function readXmi(files: readonly FormatFile[]): FormatBundle {
  return readXmiFiles(files, readWebannoFile);
}

/** UIMA CAS XMI (INCEpTION, WebAnno, DKPro Core): the text as a sofa, annotations as feature structures; INCEpTION's zip exports. */
export const xmiFormat: Format = {
  id: 'xmi',
  name: 'UIMA CAS XMI',
  extensions: ['.xmi'],
  read: readXmi,
  write: writeXmi,
};
