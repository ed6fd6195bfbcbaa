import type { LoadProblem } from './loadProblem';
import { StoreError } from './storeError';

/**
 * The refusal of a result over every document (an export, agreement figures) while some
 * could not be read when the project was opened (a damaged or linked meta, a file where the
 * documents' folder should be): computed over the rest, it would leave them out silently.
 * Names the first such file and what to do; null when every document was read.
 * @example unreadDocumentsError(store.unreadDocuments(), 'an export', 'export again')
 */
export function unreadDocumentsError(
  unread: readonly LoadProblem[],
  result: string,
  then: string,
): StoreError | null {
  const [first] = unread;
  if (!first) return null;
  const others = unread.length > 1 ? ` (and ${unread.length - 1} more)` : '';
  return new StoreError(
    first.file,
    `${first.reason}${others}; ${result} now would leave documents out. Mend or remove what \`loupe validate\` lists, then ${then}`,
    'invalid',
  );
}
