import type { FormatDocument } from './formatDocument';

/**
 * `documents` with those named `placeName` (the name Loupe gave them from their file and place,
 * the source having none) marked so.
 * @example namedByPlace([{ name: 'a-1', … }], 'a-1') → [{ name: 'a-1', namedByPlace: true, … }]
 */
export function namedByPlace(
  documents: readonly FormatDocument[],
  placeName: string,
): FormatDocument[] {
  return documents.map((doc) => (doc.name === placeName ? { ...doc, namedByPlace: true } : doc));
}
