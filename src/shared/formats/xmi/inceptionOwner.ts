import { GOLD } from '../../model';
import { baseName } from '../common';
import type { XmiElement } from './parseXmi';

const DOCUMENT_META_DATA = 'de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData';

/**
 * The document and user of a loose `.xmi` that INCEpTION exported: INCEpTION names the file
 * after the user whose annotations it holds and records that user as the CAS's `documentId`,
 * the document's own name as its `documentTitle` (FormatSupport.addOrUpdateDocumentMetadata),
 * so an unzipped export's `admin.xmi` is the document `report` in admin's layer. Null when the
 * file is not named after its `documentId`, or the title is missing or the same name.
 * @example inceptionOwner('x/admin.xmi', elements) → { name: 'report', annotator: 'admin' } (documentId="admin" documentTitle="report.txt")
 */
export function inceptionOwner(
  path: string,
  elements: readonly XmiElement[],
): { readonly name: string; readonly annotator: string } | null {
  const meta = elements.find((e) => e.type === DOCUMENT_META_DATA);
  const value = (key: string) => meta?.attributes.find(([k]) => k === key)?.[1] ?? '';
  const [id, title] = [value('documentId'), value('documentTitle')];
  const own = baseName(path);
  if (id === '' || id !== own || title === '' || title === id || baseName(title) === id)
    return null;
  return { name: baseName(title) || title, annotator: layerOfUser(id) };
}

/** INCEpTION's pseudo-user of a curated document. */
const CURATION_USER = 'CURATION_USER';

/**
 * The layer of an INCEpTION user's annotations: the user's own, the curated document's
 * (`CURATION_USER`, what INCEpTION's curation produced) the adjudicated layer.
 * @example layerOfUser('CURATION_USER') === 'gold'
 */
export function layerOfUser(user: string): string {
  return user === CURATION_USER ? GOLD : user;
}
