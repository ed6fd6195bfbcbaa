import { tagText } from '../common';
import type { IobTag } from '../common';
import type { ConllDocument } from './conllLines';
import type { ConllLayout, LineProblem } from './layoutOf';

/** The documents without their empty words, their tags beside them, and the lines left out. */
export interface WithoutEmptyWords {
  readonly docs: ConllDocument[];
  readonly tags: IobTag[][][];
  readonly left: number[];
}

/**
 * A tab-separated file's lines whose word is empty or only spaces (the Broad Twitter Corpus's
 * `<TAB>O`) are no token of the text, whose tokens are joined by spaces: tagged O, they are left
 * out (their line numbers listed, for a warning); tagged otherwise, each is a problem on its
 * line, as a span needs a word. A sentence left out whole gives its comment lines to the next
 * one (or to the document's end), so they are kept. The documents and tags are given back as
 * they were when no word is empty.
 * @example withoutEmptyWords(conllDocuments('\tO\nEU\tB-ORG\n', true), tags, layout, []).left → [1]
 */
export function withoutEmptyWords(
  docs: ConllDocument[],
  tags: IobTag[][][],
  layout: ConllLayout,
  problems: LineProblem[],
): WithoutEmptyWords {
  const empty = (row: ConllDocument['sentences'][number]['rows'][number]): boolean =>
    (row.columns[layout.token] ?? '').trim() === '';
  if (!docs.some((d) => d.sentences.some((s) => s.rows.some(empty))))
    return { docs, tags, left: [] };
  const left: number[] = [];
  const outTags: IobTag[][][] = [];
  const outDocs = docs.map((doc, d) => {
    const docTags: IobTag[][] = [];
    outTags.push(docTags);
    // The comment lines of a sentence left out whole go with the next sentence (or after the last).
    let orphans: string[] = [];
    const sentences = doc.sentences.flatMap((sentence, s) => {
      const rows: typeof sentence.rows = [];
      const kept: IobTag[] = [];
      for (const [r, row] of sentence.rows.entries()) {
        const tag = tags[d]?.[s]?.[r] ?? { prefix: 'O', type: '' };
        if (!empty(row)) {
          rows.push(row);
          kept.push(tag);
        } else if (tag.prefix === 'O') left.push(row.line);
        else
          problems.push({
            line: row.line,
            reason: `its word is empty${row.columns[layout.token] === '' ? '' : ' (only spaces)'} but tagged ${tagText(tag)}: a span needs a word; write the word, or tag the line O to leave it out`,
          });
      }
      if (rows.length === 0) {
        orphans.push(...sentence.comments);
        return [];
      }
      docTags.push(kept);
      const comments = [...orphans, ...sentence.comments];
      orphans = [];
      return [{ ...sentence, rows, comments }];
    });
    return { ...doc, sentences, trailing: [...orphans, ...doc.trailing] };
  });
  return { docs: outDocs, tags: outTags, left };
}
