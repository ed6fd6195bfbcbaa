import { parseTag } from '../common';
import type { ConllDocument } from './conllLines';

/** CoNLL-U's ten columns; MISC is the last. */
export const CONLLU_COLUMNS = 10;

/** The MISC keys that hold a token's name tag: UD Estonian's `NE=B-Per`, NorNE's `name=B-PER`. */
const TAG_KEYS = ['NE', 'name'] as const;

/** A CoNLL-U file whose name tags were in MISC, rewritten with them as an eleventh column. */
export interface MiscTagged {
  readonly documents: ConllDocument[];
  /** The MISC key the tags were read from (`name` when no word had one: the key names are written under). */
  readonly key: string;
  /** Whether a word's MISC held a name tag (a Universal Dependencies treebank holds none). */
  readonly named: boolean;
  /** Lines left out: empty nodes (`8.1`) and multiword token ranges (`1-2`), which are no words. */
  readonly skipped: number;
}

/** The MISC key names are written under in a CoNLL-U file that had none (NorNE's, spaCy's reading). */
const DEFAULT_KEY = 'name';

/** A CoNLL-U ID: a word (`3`), a multiword token (`1-2`), an empty node (`8.1`). */
const CONLLU_ID = /^\d+(?:[.-]\d+)?$/;

/**
 * Whether a line's ten columns are a CoNLL-U word: its ID one, its MISC `_` or entries of
 * `key=value` (a tag such as `B-PER` there is a ten-column file tagged in its last column).
 */
function isConlluWord(columns: readonly string[]): boolean {
  const misc = columns[CONLLU_COLUMNS - 1] ?? '';
  return (
    CONLLU_ID.test(columns[0] ?? '') &&
    (misc === '_' || misc.split('|').every((e) => e.indexOf('=') > 0))
  );
}

/** CoNLL-U ids of lines that are no word of the text: empty nodes (`8.1`), multiword tokens (`1-2`). */
export const NOT_A_WORD = /^\d+[.-]\d+$/;

/**
 * When every token line has CoNLL-U's ten columns and MISC entries hold name tags
 * (`SpaceAfter=No|NE=B-Per`, `name=O`), as spaCy's CoNLL-U converter reads them, the same
 * documents with each tag taken out of MISC (`_` when nothing is left) and written as an
 * eleventh column (`O` for a token without one), where the CoNLL reader finds its tags,
 * (a CoNLL-U file without any, a Universal Dependencies treebank, the same, all `O`, key `name`),
 * without the lines that are no words (empty nodes, multiword token ranges: spaCy skips them
 * too); else null.
 * @example miscTagged(conllDocuments(file), file)?.key === 'NE' // file: '1\tEU\t_\t_\t_\t_\t0\troot\t_\tNE=B-Org\n'
 */
export function miscTagged(
  documents: readonly ConllDocument[],
  content: string,
): MiscTagged | null {
  // CoNLL-U separates columns by tabs only: a word or lemma may hold spaces (`10 000`).
  const lines = content.split('\n');
  const tabbed = new Map<number, string[]>();
  let key: string | undefined;
  let conllu = true; // every word line's ID and MISC are CoNLL-U's
  for (const doc of documents)
    for (const sentence of doc.sentences)
      for (const row of sentence.rows) {
        const columns = (lines[row.line - 1] ?? '').replace(/\r$/, '').split('\t');
        if (columns.length !== CONLLU_COLUMNS) return null;
        tabbed.set(row.line, columns);
        conllu &&= isConlluWord(columns);
        key ??= TAG_KEYS.find((k) => tagIn(columns[CONLLU_COLUMNS - 1] ?? '', k) !== null);
      }
  if (key === undefined && !(conllu && tabbed.size > 0)) return null;
  const found = key ?? DEFAULT_KEY;
  let skipped = 0;
  const words = (rows: ConllDocument['sentences'][number]['rows']) =>
    rows.filter((row) => {
      const word = !NOT_A_WORD.test(tabbed.get(row.line)?.[0] ?? '');
      if (!word) skipped++;
      return word;
    });
  const rewritten = documents.map((doc) => ({
    ...doc,
    sentences: doc.sentences.map((sentence) => ({
      ...sentence,
      rows: words(sentence.rows).map((row) => {
        const all = tabbed.get(row.line) ?? row.columns;
        const misc = all[CONLLU_COLUMNS - 1] ?? '_';
        const entries = misc.split('|');
        const at = entries.findIndex((e) => e.startsWith(`${found}=`));
        const tag = at < 0 ? 'O' : (entries[at]?.slice(found.length + 1) ?? 'O');
        const rest = entries.filter((_, i) => i !== at).join('|');
        const columns = [...all.slice(0, CONLLU_COLUMNS - 1), rest || '_', tag];
        return { line: row.line, columns };
      }),
    })),
  }));
  return { documents: rewritten, key: found, named: key !== undefined, skipped };
}

/** The tag a MISC value holds under `key`, or null. */
function tagIn(misc: string, key: string): string | null {
  for (const entry of misc.split('|'))
    if (entry.startsWith(`${key}=`)) {
      const value = entry.slice(key.length + 1);
      return parseTag(value) ? value : null;
    }
  return null;
}
