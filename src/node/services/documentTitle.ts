import type { EditResult } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract';
import type { DocumentMeta } from '../../shared/model';
import { givenTitle, type ProjectFolder } from '../store';
import type { EditSession } from './editSession';

/** Texts longer than this are not read just to list them: their title is the one a user gave. */
const READ_FOR_TITLE = 300_000;

/** What readers call a document: the title a user gave it, else its first headline-like line. */
export async function documentTitle(store: ProjectFolder, meta: DocumentMeta): Promise<string> {
  const given = givenTitle(store.manifest.titles, meta.id);
  if (given) return given;
  if (meta.length > READ_FOR_TITLE) return '';
  return store.readHeadline(meta.id).catch(() => '');
}

/** Gives a document a title, or ('') lets it be read from the text again: one undoable step. */
export function setDocumentTitle(
  store: ProjectFolder,
  session: EditSession,
  request: { readonly documentId: string; readonly title: string },
): Promise<EditResult> {
  return session.run((b) => {
    if (!store.hasDocument(request.documentId))
      throw new WorkbenchError('not_found', 'that document is no longer in the project');
    const { [request.documentId]: _old, ...others } = store.manifest.titles ?? {};
    const title = request.title.trim().replace(/\s+/g, ' ');
    const titles = title ? { ...others, [request.documentId]: title } : others;
    b.setManifest({ ...store.manifest, titles });
  });
}
