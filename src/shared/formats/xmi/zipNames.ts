/** Whether a file (an archive entry or a path) is a UIMA type system as INCEpTION and DKPro name it. */
export function isTypeSystem(name: string): boolean {
  return /(^|\/)typesystem\.xml$/i.test(name);
}

/** The folder part of a `/`-separated name, with its slash (`''` at the top). */
export function dirOf(name: string): string {
  return name.slice(0, name.lastIndexOf('/') + 1);
}

export function isXmi(name: string): boolean {
  return name.toLowerCase().endsWith('.xmi');
}

export function isZipName(name: string): boolean {
  return name.toLowerCase().endsWith('.zip');
}

/** The document folder of an entry of a project export (`annotation/<document>/…`, `curation/<document>/…`), or ''. */
export function projectFolder(name: string): string {
  const parts = name.split('/');
  const top = parts[0] === 'annotation' || parts[0] === 'curation';
  return top && parts.length > 2 ? (parts[1] ?? '') : '';
}

/** Whether an entry is a `.tsv` right in a project export's document folder. */
export function isProjectTsv(name: string): boolean {
  return name.toLowerCase().endsWith('.tsv') && /^(annotation|curation)\/[^/]+\/[^/]+$/.test(name);
}

/** INCEpTION's pseudo-user of a document as first imported, before anyone annotated. */
export const INITIAL_CAS = 'INITIAL_CAS';

/**
 * What an entry is when it is INCEpTION's initial CAS of a document, which Loupe never reads
 * (the document as imported, before anyone annotated): a project export's
 * `annotation/<document>/INITIAL_CAS.zip`, `.xmi` (an `.xmi` archive) or `.tsv`, or the
 * `INITIAL_CAS.xmi` inside a document's archive (`inner`). Null for any other entry.
 * @example initialCasOf('annotation/report.txt/INITIAL_CAS.zip', false) === 'xmi'
 */
export function initialCasOf(name: string, inner: boolean): 'xmi' | 'tsv' | null {
  if (inner) return name === `${INITIAL_CAS}.xmi` ? 'xmi' : null;
  const match = /^(?:annotation|curation)\/[^/]+\/INITIAL_CAS\.(zip|xmi|tsv)$/.exec(name);
  if (!match) return null;
  return match[1] === 'tsv' ? 'tsv' : 'xmi';
}
