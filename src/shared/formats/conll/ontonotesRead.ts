import { KEPT_CONLL, baseName, extensionOf, keptConllOf } from '../common';
import type { FormatDocument, FormatFile, IobTag, KeptConll } from '../common';
import type { ConllDocument } from './conllLines';
import { documentOf } from './documentOf';
import type { LineProblem } from './layoutOf';
import { ontonotesDocuments } from './ontonotesLines';
import type { OntonotesDocument } from './ontonotesLines';
import { bracketTags, namesColumn, skeletonProblem, WORD_COLUMN } from './ontonotesNames';

/** What the summary and the source facts call the layout. */
export const ONTONOTES_SCHEME = 'OntoNotes brackets';

/** CoNLL-2012's file endings: `.gold_conll`, `.v4_gold_conll`, `.v4_auto_conll`, `.gold_skel`, `.v4_gold_skel`. */
const ONTONOTES_EXTENSION = /_(?:conll|skel)$/;

/**
 * Whether a file is OntoNotes / CoNLL-2012 (`*_gold_conll`): by its ending (`_conll`,
 * `_skel`), or a first line `#begin document`.
 * @example isOntonotesFile('cctv_0001.v4_gold_conll', '') === true
 */
export function isOntonotesFile(path: string, content: string): boolean {
  if (ONTONOTES_EXTENSION.test(extensionOf(path))) return true;
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1, 200) : content.slice(0, 200);
  return text.trimStart().startsWith('#begin document');
}

/**
 * Reads an OntoNotes / CoNLL-2012 file: a document per `#begin document (<id>); part <n>`
 * (named `<id>-<part>`), its text the words (column 4) joined by one space and its sentences
 * by a line break, as the CoNLL reader joins tokens, and a span per name of the bracket
 * column (see `namesColumn`, `bracketTags`). The columns before the names (id, part, word
 * number, POS, parse bit, lemma, frameset, sense, speaker) are kept as CoNLL columns, for
 * the token-per-line export; the document's source text (every column, the `#begin` and
 * `#end document` lines, the spacing) is kept too, so the CoNLL export writes it back byte for
 * byte, the names' column rewritten from the spans. Problems are said by line.
 * @example readOntonotes({ path: 'a.gold_conll', content }, problems, warnings)[0].name === 'bc/cctv/00/cctv_0000-000'
 */
export function readOntonotes(
  file: FormatFile,
  problems: LineProblem[],
  warnings: string[],
): FormatDocument[] {
  const { path } = file;
  const found = ontonotesDocuments(file.content, problems);
  if (problems.length > 0) return [];
  const sentences = found.flatMap((d) => d.sentences);
  if (sentences.length === 0) {
    problems.push({ reason: 'holds no token lines: nothing to import' });
    return [];
  }
  const skeleton = skeletonProblem(sentences);
  if (skeleton) {
    problems.push(skeleton);
    return [];
  }
  const column = namesColumn(sentences);
  if (typeof column !== 'number') {
    problems.push(column);
    return [];
  }
  const tags = found.map((d) => d.sentences.map((s) => bracketTags(s, column, problems)));
  if (problems.length > 0) return [];
  const documents: FormatDocument[] = [];
  const names = new Set<string>();
  for (const [d, doc] of found.entries())
    documents.push(documentFrom(doc, tags[d] ?? [], column, uniqueName(doc, path, names)));
  const spans = documents.reduce((n, doc) => n + doc.spans.length, 0);
  warnings.push(
    `${path}: read as OntoNotes / CoNLL-2012, ${documents.length} document${documents.length === 1 ? '' : 's'} (one per #begin document … part), words in column ${WORD_COLUMN + 1}, ${spans} name${spans === 1 ? '' : 's'} from the brackets of column ${column + 1}; the other columns (POS, parse bits, lemmas, senses, speakers, predicate arguments, coreference) and the #begin / #end document lines kept and written back by the CoNLL export`,
  );
  if (spans === 0)
    warnings.push(
      `${path}: every cell of column ${column + 1} is "*": no names (OntoNotes' pt, the Bible, has none); the documents were imported without spans`,
    );
  return documents;
}

/** `<id>-<part>` (`bc/cctv/00/cctv_0000-003`), or the file's name with `-2`, `-3`… when taken. */
function uniqueName(doc: OntonotesDocument, path: string, taken: Set<string>): string {
  const name = doc.id === '' ? baseName(path) : doc.part === '' ? doc.id : `${doc.id}-${doc.part}`;
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
  taken.add(unique);
  return unique;
}

/** One document: read as a CoNLL document of the columns up to the names, its source kept beside. */
function documentFrom(
  doc: OntonotesDocument,
  tags: readonly (readonly IobTag[])[],
  column: number,
  name: string,
): FormatDocument {
  const read: ConllDocument = {
    docstart: null,
    sentences: doc.sentences.map((s) => ({
      rows: s.rows.map((row) => ({ line: row.line, columns: row.columns.slice(0, column + 1) })),
      comments: [],
    })),
    trailing: [],
  };
  const layout = { columns: column + 1, token: WORD_COLUMN, tag: column };
  const { document } = documentOf(name, read, tags, layout, 'iob2');
  const kept = keptConllOf(document.metadata);
  if (!kept) return document;
  const conll = {
    columns: kept.columns,
    token: kept.token,
    tag: kept.tag,
    scheme: ONTONOTES_SCHEME,
    ...(kept.kept ? { kept: [...kept.kept] } : {}),
    ontonotes: { source: doc.source },
  } satisfies KeptConll;
  return { ...document, metadata: { [KEPT_CONLL]: conll } };
}
