import { documentPath } from '../../shared/model';
import type { ProjectFolder } from '../store';
import { documentTitle } from './documentTitle';

/** Titles longer than this are cut at a word: a message names a document, it does not quote it. */
const MAX_TITLE = 50;

/**
 * How a message names a document for a reader, who knows it by its place in the document list
 * and its title (a seed's file name is its id): `document 3 of 12, “Iraqi PM says…”`, or
 * by its file name when it has no title (`document 3 of 12, interview.txt`): a place alone
 * is hard to find once the list is sorted or filtered.
 * @example await documentInWords(store, '000_90267a0c835213d2') // 'document 1 of 5, “Washington rejects…”'
 */
export async function documentInWords(store: ProjectFolder, documentId: string): Promise<string> {
  const documents = store.listDocuments();
  const index = documents.findIndex((d) => d.id === documentId);
  const meta = documents[index];
  if (!meta) return 'a document no longer in the project';
  const place = `document ${index + 1} of ${documents.length}`;
  const title = cutAtWord(await documentTitle(store, meta));
  return title ? `${place}, “${title}”` : `${place}, ${documentPath(meta)}`;
}

function cutAtWord(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.…]+$/, '')}…`;
}
