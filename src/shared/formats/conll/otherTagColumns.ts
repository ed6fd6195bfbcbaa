import type { ConllDocument } from './conllLines';
import { parseTag } from '../common';
import type { ConllLayout } from './layoutOf';

/** A column other than the token and tag columns whose values are tags. */
export interface TagColumn {
  /** Its 0-based index. */
  readonly column: number;
  /** Its first tag other than O. */
  readonly example: string;
  /** Whether its types are among the tag column's (a nested level), not others (chunks: NP, VP). */
  readonly sameTypes: boolean;
}

/** Share of a column's values that must be tags for it to count as a tag column. */
const SHARE = 0.9;

/**
 * The other columns that hold tags (O and prefixed tags, with at least one that is not O): a
 * chunk column (CoNLL-2003's `B-NP`) or a second level of entities (GermEval 2014), so a
 * reader can say they are there, and that they were kept and not read as spans.
 * @example otherTagColumns(conllDocuments('EU NNP B-NP B-ORG\n'), layout)[0] → { column: 2, example: 'B-NP', sameTypes: false }
 */
export function otherTagColumns(docs: readonly ConllDocument[], layout: ConllLayout): TagColumn[] {
  const found: TagColumn[] = [];
  const tagTypes = typesIn(docs, layout.tag);
  for (let c = 0; c < layout.columns; c++) {
    if (c === layout.token || c === layout.tag) continue;
    let rows = 0;
    let tagged = 0;
    let example = '';
    const types = new Set<string>();
    for (const doc of docs)
      for (const s of doc.sentences)
        for (const row of s.rows) {
          rows++;
          const text = row.columns[c] ?? '';
          const tag = parseTag(text);
          if (!tag || tag.prefix === '') continue;
          tagged++;
          if (tag.prefix === 'O') continue;
          if (example === '') example = text;
          types.add(tag.type);
        }
    if (example === '' || tagged < rows * SHARE) continue;
    found.push({ column: c, example, sameTypes: [...types].some((t) => tagTypes.has(t)) });
  }
  return found;
}

function typesIn(docs: readonly ConllDocument[], column: number): Set<string> {
  const types = new Set<string>();
  for (const doc of docs)
    for (const s of doc.sentences)
      for (const row of s.rows) {
        const tag = parseTag(row.columns[column] ?? '');
        if (tag && tag.prefix !== 'O') types.add(tag.type);
      }
  return types;
}
