import type { DocumentSummary } from '../../../shared/contract';

/** How a reader knows a document: the title it shows, else its file name. */
function nameOf(document: Pick<DocumentSummary, 'name' | 'title'>): string {
  return document.title || document.name;
}

/**
 * What a screen reader hears after "done, open next": which document was marked done, and
 * which one opened (its place in the list), or that it was the last.
 * @example doneSaid(first, { document: second, place: 2, of: 5 }) // 'Marked “US rejects …” done; opened “Iraq asks …”, document 2 of 5'
 */
export function doneSaid(
  done: Pick<DocumentSummary, 'name' | 'title'>,
  opened: {
    readonly document: DocumentSummary;
    readonly place: number;
    readonly of: number;
  } | null,
): string {
  const marked = `Marked “${nameOf(done)}” done`;
  if (!opened) return `${marked}; it is the last document`;
  return `${marked}; ${openedSaid(opened, 'opened')}`;
}

/**
 * What a screen reader hears after _Mark done_ (or its command) set the document's status.
 * @example markedSaid(first, false) // 'Marked “US rejects …” not done: in progress'
 */
export function markedSaid(
  document: Pick<DocumentSummary, 'name' | 'title'>,
  done: boolean,
): string {
  return `Marked “${nameOf(document)}” ${done ? 'done' : 'not done: in progress'}`;
}

/**
 * Which document opened and its place in the list, as a screen reader hears it when the
 * document list opens one (the list keeps the keyboard; only the text around it changed).
 * @example openedSaid({ document: second, place: 2, of: 5 }) // 'Opened “Iraq asks …”, document 2 of 5'
 */
export function openedSaid(
  opened: { readonly document: DocumentSummary; readonly place: number; readonly of: number },
  verb = 'Opened',
): string {
  const already = opened.document.status === 'done' ? ', already done' : '';
  return `${verb} “${nameOf(opened.document)}”, document ${opened.place} of ${opened.of}${already}`;
}

/**
 * `openedSaid` for the document of `documentId` in the list `rows`, in its place there; null
 * when the list does not hold it.
 */
export function openedSaidIn(rows: readonly DocumentSummary[], documentId: string): string | null {
  const place = rows.findIndex((d) => d.id === documentId);
  const document = rows[place];
  return document ? openedSaid({ document, place: place + 1, of: rows.length }) : null;
}
