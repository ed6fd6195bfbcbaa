import type { ConllDocument } from './conllLines';
import type { LineProblem } from './layoutOf';
import { BARE_KEY, entryAt, miscKeyOf, valueOf } from './miscKeys';

/** CoNLL-U's ten columns; MISC is the last. */
export const CONLLU_COLUMNS = 10;

/** A CoNLL-U file whose name tags were in MISC, rewritten with them as an eleventh column. */
export interface MiscTagged {
  readonly documents: ConllDocument[];
  /** The MISC key the tags were read from (`name` when no word had one: the key names are written under; `''` for bare tags). */
  readonly key: string;
  /** Whether MISC holds CorefUD coreference (`Entity=(e1-…`), read with no names. */
  readonly coreference: boolean;
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
 * `key=value`, or a bare name tag when the file's names are bare (`B-PER`, as spaCy reads them).
 */
function isConlluWord(columns: readonly string[], key: string | undefined): boolean {
  const misc = columns[CONLLU_COLUMNS - 1] ?? '';
  const entries = misc.split('|');
  return (
    CONLLU_ID.test(columns[0] ?? '') &&
    (misc === '_' ||
      entries.every(
        (e, i) => e.indexOf('=') > 0 || (key === BARE_KEY && entryAt(entries, key) === i),
      ))
  );
}

/** CoNLL-U ids of lines that are no word of the text: empty nodes (`8.1`), multiword tokens (`1-2`). */
export const NOT_A_WORD = /^\d+[.-]\d+$/;

/**
 * When every token line has CoNLL-U's ten columns and MISC entries hold name tags
 * (`SpaceAfter=No|NE=B-Per`, `name=O`, `NER=B-per`, bare `B-PER`: see `miscKeyOf`), the same
 * documents with each tag taken out of MISC (`_` when nothing is left) and written as an
 * eleventh column (`O` for a token without one), where the CoNLL reader finds its tags,
 * (a CoNLL-U file without any, a Universal Dependencies treebank, the same, all `O`, key `name`),
 * without the lines that are no words (empty nodes, multiword token ranges: spaCy skips them
 * too); else null. A key whose values are name tags on some lines and not on others is a
 * problem on each of those lines (in `problems`): reading no names from it would lose them.
 * @example miscTagged(conllDocuments(file), file, [])?.key === 'NE' // file: '1\tEU\t_\t_\t_\t_\t0\troot\t_\tNE=B-Org\n'
 */
export function miscTagged(
  documents: readonly ConllDocument[],
  content: string,
  problems: LineProblem[],
): MiscTagged | null {
  // CoNLL-U separates columns by tabs only: a word or lemma may hold spaces (`10 000`).
  const lines = content.split('\n');
  const tabbed = new Map<number, string[]>();
  for (const doc of documents)
    for (const sentence of doc.sentences)
      for (const row of sentence.rows) {
        const columns = (lines[row.line - 1] ?? '').replace(/\r$/, '').split('\t');
        if (columns.length !== CONLLU_COLUMNS) return null;
        tabbed.set(row.line, columns);
      }
  const miscs = [...tabbed].map(([line, c]) => [line, c[CONLLU_COLUMNS - 1] ?? ''] as const);
  const { key, coreference, problems: found } = miscKeyOf(miscs);
  // Every word line's ID and MISC are CoNLL-U's.
  const conllu = tabbed.size > 0 && [...tabbed.values()].every((c) => isConlluWord(c, key));
  // Bare tags in the tenth column of a file that is no CoNLL-U, or a tag alone on every line
  // there, are its tag column (a ten-column CoNLL file, which the CoNLL reader reads as such).
  const tagColumn = key === BARE_KEY && miscs.every(([, misc]) => entryAt([misc], key) === 0);
  if ((key === undefined || key === BARE_KEY) && (!conllu || tagColumn) && found.length === 0)
    return null;
  problems.push(...found);
  const keyed = key ?? DEFAULT_KEY;
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
        const at = entryAt(entries, keyed);
        const tag = at < 0 ? 'O' : valueOf(entries[at] ?? 'O', keyed);
        const rest = entries.filter((_, i) => i !== at).join('|');
        const columns = [...all.slice(0, CONLLU_COLUMNS - 1), rest || '_', tag];
        return { line: row.line, columns };
      }),
    })),
  }));
  return { documents: rewritten, key: keyed, coreference, named: key !== undefined, skipped };
}

/** What the summary says of where a CoNLL-U file's names were read from in MISC, or why none were. */
export function miscSaid(misc: MiscTagged): string {
  const entry = misc.key === BARE_KEY ? 'bare tags, such as B-PER' : `${misc.key}=…`;
  if (misc.named)
    return `a CoNLL-U file whose name tags are MISC entries (${entry}): read from there${['NE', 'name', BARE_KEY].includes(misc.key) ? ', as spaCy reads them' : ` (spaCy's CoNLL-U converter reads NE=, name= or bare tags only)`}`;
  if (misc.coreference)
    return `a CoNLL-U file whose MISC holds CorefUD coreference (Entity=(e1-…), which is no name tag: read with no names, its Entity entries kept and written back as they were (names added are written as ${misc.key}=… in MISC)`;
  return `a CoNLL-U file without name tags in MISC (no key such as NE=, name= or NER= holds tags such as B-PER), as a Universal Dependencies treebank is: read with no names (names added are written as ${misc.key}=… in MISC)`;
}

/** What the summary says of a CoNLL-U file's text: its words joined as spaCy's converter joins them. */
export const CONLLU_TEXT =
  "its text is its words as spaCy's CoNLL-U converter joins them: no space after a word whose MISC says SpaceAfter=No, nor between the words of a multiword token (1-2) that spell it";
