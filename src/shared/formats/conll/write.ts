import { iobSentences, Tally, BEYOND_SPANS, tallyUnwritten } from '../common';
import type { FormatBundle, WriteOptions, WriteResult } from '../common';

/** The file CoNLL is written to. */
export const CONLL_FILE = 'conll.txt';
/** The line written between two documents (each followed by a blank line). */
export const DOCSTART = '-DOCSTART-\tO';

/**
 * Writes CoNLL / IOB2: `token<TAB>tag` per line, a blank line after each sentence and a
 * `-DOCSTART-<TAB>O` line, then a blank line, between documents. Tokens and sentences come
 * from Intl.Segmenter; spans are widened to whole tokens and overlaps resolved as
 * {@link iobSentences} says, every change counted.
 * @example writeConll(bundle).files[0].content === 'Mike\tB-PERSON\nPompeo\tI-PERSON\nspoke\tO\n.\tO\n\n'
 */
export function writeConll(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  let spans = 0;
  const documents = bundle.documents.map((doc) => {
    tallyUnwritten(doc, tally, BEYOND_SPANS);
    const tagged = iobSentences(doc, tally, options.locale);
    spans += tagged.spansWritten;
    return tagged.sentences
      .map(
        (sentence) =>
          sentence.map((token) => `${token.text}\t${tagOf(token.tag, tally)}\n`).join('') + '\n',
      )
      .join('');
  });
  return {
    files: [{ path: CONLL_FILE, content: documents.join(`${DOCSTART}\n\n`) }],
    summary: {
      documents: bundle.documents.length,
      spans,
      stances: 0,
      notExpressed: tally.toRecord(),
    },
  };
}

/** A tag is one column: whitespace inside a label becomes `_`. */
function tagOf(tag: string, tally: Tally): string {
  if (!/\s/u.test(tag)) return tag;
  tally.add('label with whitespace written with _');
  return tag.replace(/\s/gu, '_');
}
