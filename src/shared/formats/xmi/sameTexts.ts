import { firstDifference } from '../common';
import type { ErrorCollector, FormatDocument } from '../common';

/**
 * Whether the users' layers of each document of one archive hold one text, as INCEpTION
 * exports them (one source document, one text); a document whose layers differ is said in
 * `errors`, by name and users, with the line of the text where they part.
 * @example sameTexts('p.zip', [doc('tale', 'alice', 'A cat'), doc('tale', 'bob', 'A dog')], errors) === false
 */
export function sameTexts(
  path: string,
  documents: readonly FormatDocument[],
  errors: ErrorCollector,
): boolean {
  const first = new Map<string, FormatDocument>();
  let same = true;
  for (const doc of documents) {
    if (doc.annotator === undefined) continue;
    const seen = first.get(doc.name);
    if (!seen) {
      first.set(doc.name, doc);
      continue;
    }
    const line = firstDifference(seen.text, doc.text);
    if (line === null) continue;
    same = false;
    errors.add(
      path,
      undefined,
      `the document ${doc.name} has another text in ${doc.annotator}'s annotations than in ${seen.annotator ?? ''}'s (from line ${line} of the text on), though INCEpTION exports one text per document; export the project from INCEpTION again, or import each user's file on its own`,
    );
  }
  return same;
}
