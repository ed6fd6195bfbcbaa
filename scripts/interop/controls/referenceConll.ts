import type { GoldDocument } from '../goldDocument';
import { iobGold } from '../iobGold';
import { iobTags } from './iobTags';
import { referenceTokens } from './referenceTokens';

/**
 * A correct CoNLL-2003 file for the gold, as DESIGN.md describes it: `-DOCSTART- -X- O O`
 * and a blank line before each document, one sentence per document, space-separated
 * `token POS chunk NER` with `_` for the unknown columns.
 * @example referenceConll([doc]) === '-DOCSTART- -X- O O\n\nIraq _ _ B-GPE\nIran _ _ B-GPE\ntalks _ _ O\n\n'
 */
export function referenceConll(documents: readonly GoldDocument[]): string {
  return documents
    .map((doc) => {
      const spans = iobGold(doc);
      const tokens = referenceTokens(
        doc.text,
        spans.flatMap((s) => [s.start, s.end]),
      );
      const tags = iobTags(tokens, spans);
      const words = tokens.filter((t) => !t.space);
      const lines = words.map((t, i) => `${t.text} _ _ ${tags[i] ?? 'O'}\n`).join('');
      return `-DOCSTART- -X- O O\n\n${lines}\n`;
    })
    .join('');
}
