import {
  ANSWERED_AWAY,
  answeredAway,
  BEYOND_SPANS,
  ByteWriter,
  tagDocument,
  Tally,
  tallyUnwritten,
} from '../common';
import type {
  FormatBundle,
  FormatDocument,
  TaggedDocument,
  WriteOptions,
  WriteResult,
} from '../common';

/** One document's source lines, rewritten from its tags, and the spans they hold. */
export interface SourceWritten {
  readonly lines: readonly string[];
  readonly spans: number;
}

/**
 * Writes each document as the source it kept (OntoNotes, CoNLL-U), rewritten by `write` from
 * its tags, one after the other (a line break between them where a source ends without one);
 * null unless every document written kept a source that `sourceOf` finds (its text unchanged).
 * With `other`, a document without a source is written by it instead (after a blank line), and
 * null only when no document has one.
 * @example writeSources(bundle, {}, 'conll.txt', sourceWords, rewrite)?.files[0].content
 */
export function writeSources<S>(
  bundle: FormatBundle,
  options: WriteOptions,
  fileName: string,
  sourceOf: (doc: FormatDocument) => S | null,
  write: (doc: FormatDocument, source: S, tagged: TaggedDocument, tally: Tally) => SourceWritten,
  other?: (doc: FormatDocument, tagged: TaggedDocument, tally: Tally) => SourceWritten,
): WriteResult | null {
  const written = bundle.documents.filter((doc) => !answeredAway(doc));
  const sources = written.map(sourceOf);
  if (written.length === 0) return null;
  if (other ? sources.every((s) => s === null) : sources.some((s) => s === null)) return null;
  const tally = new Tally();
  tally.add(ANSWERED_AWAY, bundle.documents.length - written.length);
  const out = new ByteWriter();
  let spans = 0;
  let last = '\n\n'; // how the output ends
  for (const [d, doc] of written.entries()) {
    const source = sources[d];
    if ((source === undefined || source === null) && !other) continue;
    tallyUnwritten(doc, tally, BEYOND_SPANS);
    const tagged = tagDocument(doc, tally, options.overlaps);
    const done =
      source === undefined || source === null
        ? other?.(doc, tagged, tally)
        : write(doc, source, tagged, tally);
    if (!done) continue;
    spans += done.spans;
    let text = done.lines.join('\n');
    // A document written by `other` starts a block of its own, after a blank line.
    if ((source === undefined || source === null) && !last.endsWith('\n\n'))
      text = `${last.endsWith('\n') ? '\n' : '\n\n'}${text}`;
    // A file's last document may end without a line break: the next one starts a line.
    if (d < written.length - 1 && !text.endsWith('\n')) text = `${text}\n`;
    out.text(text);
    last = text.slice(-2);
  }
  return {
    files: [out.toFile(fileName)],
    summary: tally.summary({ documents: written.length, spans, stances: 0 }),
  };
}
