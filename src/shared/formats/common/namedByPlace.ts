import type { FormatDocument } from './formatDocument';

/**
 * `documents` with those named `placeName` (the name Loupe gave them from their file and place,
 * the source having none) marked so, with the `path` of the file they were read from.
 * @example namedByPlace([{ name: 'a-1', … }], 'a-1', 'in/a.json') → [{ name: 'a-1', namedByPlace: 'in/a.json', … }]
 */
export function namedByPlace(
  documents: readonly FormatDocument[],
  placeName: string,
  path: string,
): FormatDocument[] {
  return documents.map((doc) => (doc.name === placeName ? { ...doc, namedByPlace: path } : doc));
}
