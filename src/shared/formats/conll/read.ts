import {
  baseName,
  bundleOf,
  ErrorCollector,
  filedUnder,
  KEPT_CONLL,
  lineAt,
  parseTag,
  pipedTokenLine,
  SCHEME_NAMES,
  SCHEME_PREFIXES,
  schemeOf,
  tagText,
  inFileFolder,
} from '../common';
import { countOf } from '../../text';
import type {
  FormatBundle,
  FormatDocument,
  FormatFile,
  IobTag,
  ReadOptions,
  TagScheme,
} from '../common';
import { conllDocuments, lineBreaksAtEnd, medlineId } from './conllLines';
import type { ConllDocument } from './conllLines';
import { documentOf } from './documentOf';
import { documentSources } from './documentSources';
import { fileLinesOf, lineEndOf } from './fileLines';
import type { FileLines } from './fileLines';
import { withoutEmptyWords } from './emptyWords';
import { isNersuiteLayout, layoutOf } from './layoutOf';
import type { ConllLayout, LineProblem } from './layoutOf';
import { noSpaceAfter } from './spaceAfter';
import { CONLLU_TEXT, miscSaid, miscTagged } from './miscTags';
import { describeRead } from './describeRead';
import { atDocIds, atNewdocs, newdocName } from './newdocs';
import { isOntonotesFile, readOntonotes } from './ontonotesRead';
import { otherTagColumns } from './otherTagColumns';
import { pipedDocuments } from './pipedLines';
import { suffixTagged, suffixWarning } from './suffixTags';
import { isTabSeparated } from './tabSeparated';
import { wordPrefixed } from './wordPrefix';

/** A column name as some CoNLL-2003 copies head their files with (`-TOKEN- -POSTAG- -CHUNKTAG- -NETAG-`). */
const COLUMN_NAME = /^-[A-Z]+-$/;

/** Share of a token file's lines that, as sentences of tokens tagged inline (`word|POS|tag`), make it read so. */
const PIPED_SHARE = 0.5;

/** The longest line read (UTF-16 units): far above a token line, or a sentence line of tokens tagged inline. */
const LONGEST_LINE = 100_000;

/** The line breaks at the end of a file whose last sentence is followed by a blank line, as every CoNLL export writes. */
const BLANK_LINE_END = 2;

/** Errors, and warnings of ill-formed tags, said per file before the rest are counted. */
const SAID = 20;

/**
 * Reads CoNLL / IOB token files: a token per line with its columns separated by spaces or
 * tabs, the tag in the last column (or `tagColumn`), blank lines between sentences,
 * `-DOCSTART-` lines between documents (a file without one is one document, named after the
 * file; with them, `<file>-1`, `<file>-2`, …, zero-padded to the count: `<file>-001` of 287),
 * JNLPBA / GENIA `###MEDLINE:<id>` lines too (the document named `MEDLINE-<id>`), `#` comment lines before sentences;
 * in a CoNLL-U file, `# newdoc` lines too (the document named by its `id = NAME`, see `atNewdocs`). The tag
 * scheme (IOB1, IOB2, BIOES, BILOU, IO) is detected per file unless `scheme` is given; spans
 * are the chunks conlleval.pl reads, an ill-formed sequence warned about by line. The text is
 * the tokens joined by one space and the sentences by a line break; the other columns and
 * `-DOCSTART-` line are kept in the document's metadata for the CoNLL export, the comments too.
 * OntoNotes / CoNLL-2012 files (`*_gold_conll`, or a first line `#begin document`) are read
 * by `readOntonotes`: a document per `#begin document`, names from the bracket column.
 * @example readConll([{ path: 'news.conll', content: 'EU B-ORG\nrejects O\n' }]).documents[0].spans → [ORG 0–2]
 */
export function readConll(files: readonly FormatFile[], options: ReadOptions = {}): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  for (const file of files) {
    const problems: LineProblem[] = [];
    const read = readFile(file, options, problems, warnings).map(filedUnder(KEPT_CONLL, file.path));
    documents.push(...read.map((d) => inFileFolder(d, file)));
    for (const p of problems.slice(0, SAID)) errors.add(file.path, p.line, p.reason);
    // The rest counted at the line of the first left unsaid, so it sorts after those said
    // and the one-line message opens with the first line's reason, not with the count.
    const unsaid = problems[SAID];
    if (unsaid)
      errors.add(
        file.path,
        unsaid.line ?? Math.max(0, ...problems.map((p) => p.line ?? 0)),
        `and ${problems.length - SAID} more lines like these, from this one on`,
      );
  }
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}

function readFile(
  file: FormatFile,
  options: ReadOptions,
  problems: LineProblem[],
  warnings: string[],
): FormatDocument[] {
  const { path } = file;
  // Line ends of a carriage return alone (classic Mac OS) read as line breaks: split at LF only,
  // such a file was one line whose tags looked like one more column, and read as 0 names.
  const content = file.content.includes('\r')
    ? file.content.replace(/\r(?!\n)/g, '\n')
    : file.content;
  const nul = content.indexOf('\u0000');
  if (nul !== -1) {
    problems.push({
      line: lineAt(content, nul),
      reason: 'NUL character: this looks like a binary file, not CoNLL / IOB text',
    });
    return [];
  }
  const long = longLine(content);
  if (long) {
    problems.push({
      line: long.line,
      reason: `is ${long.length.toLocaleString('en')} characters long: a CoNLL / IOB line is a token and a few columns (a sentence of tokens tagged inline at most), never over ${LONGEST_LINE.toLocaleString('en')}; the file is damaged or in another format`,
    });
    return [];
  }
  if (content.trim() === '' || content.trim() === '\uFEFF') {
    problems.push({
      reason:
        'the file is empty: a CoNLL / IOB file has a token and its tag on each line, a blank line between sentences',
    });
    return [];
  }
  if (isOntonotesFile(path, content))
    return readOntonotes({ ...file, content }, problems, warnings);
  const piped = pipedTokenLine(content, PIPED_SHARE) !== undefined;
  const tabs = !piped && isTabSeparated(content);
  const lines = piped ? pipedDocuments(content) : atDocIds(conllDocuments(content, tabs));
  const misc =
    piped || options.tagColumn !== undefined
      ? null
      : miscTagged(atNewdocs(lines), content, problems);
  if (problems.length > 0) return [];
  const turned = misc || piped || options.tagColumn !== undefined ? null : suffixTagged(lines);
  const tagSuffix = turned?.suffix;
  const layout = layoutOf(
    misc?.documents ?? turned?.docs ?? lines,
    options.tagColumn,
    options.scheme === 'io',
  );
  if (Array.isArray(layout)) {
    problems.push(...layout);
    return [];
  }
  const prefixed = wordPrefixed(misc?.documents ?? turned?.docs ?? lines, layout);
  const read = prefixed?.docs ?? misc?.documents ?? turned?.docs ?? lines;
  const { docs, tags, left } = withoutEmptyWords(
    read,
    tagsOf(read, layout, problems),
    layout,
    problems,
  );
  if (problems.length > 0) return [];
  const scheme = options.scheme ?? schemeOf(tags.flat());
  if (typeof scheme !== 'string') {
    problems.push({ reason: scheme.problem });
    return [];
  }
  checkPrefixes(docs, tags, layout, scheme, options.scheme !== undefined, problems);
  const others = otherTagColumns(docs, layout);
  const spanless = tags.every((doc) => doc.every((s) => s.every((t) => t.prefix === 'O')));
  const [other] = others;
  // A NERsuite file of no names is a text without them: its last column is chunk tags.
  if (spanless && other && options.tagColumn === undefined && !isNersuiteLayout(layout)) {
    problems.push({
      reason: `every tag in column ${layout.tag + 1} (the last) is O, but column ${other.column + 1} holds tags (${other.example}, …): the tags may be there; pass --tag-column ${other.column + 1} to read them, or --tag-column ${layout.tag + 1} to import the tokens without spans`,
    });
  }
  if (problems.length > 0) return [];
  const named = docs.some((d) => d.docstart !== null || d.newdoc);
  // Numbers as wide as the last, so the project lists the documents in the file's order.
  const width = String(docs.length).length;
  const documents: FormatDocument[] = [];
  const names = new Set<string>();
  const illFormed: LineProblem[] = [];
  const sources = misc ? documentSources(content, docs) : [];
  // Words CoNLL-U runs on into the next (`SpaceAfter=No`, a multiword token's words).
  const glue = misc ? noSpaceAfter(content.split('\n')) : undefined;
  // A file's CRLF line ends and blanks at line ends, which an export would not write so.
  const fileLines = misc
    ? []
    : piped
      ? pipedLineEnds(content, docs)
      : fileLinesOf(content, docs, tabs);
  // How the file ended goes with its last document, so an export ending with it ends so.
  const ending = misc ? BLANK_LINE_END : lineBreaksAtEnd(content);
  // A file of several documents keeps their order: a project lists them by name.
  const fileName = path.split(/[\\/]/u).pop() ?? path;
  const bom = content.charCodeAt(0) === 0xfeff;
  const many = docs.filter((d) => d.sentences.length > 0).length > 1;
  const inline: true | undefined = piped ? true : undefined;
  // The file's last document: -DOCSTART- lines with no tokens after it end the file with it.
  const lastWithTokens = docs.findLastIndex((doc) => doc.sentences.length > 0);
  for (const [d, doc] of docs.entries()) {
    if (doc.sentences.length === 0) {
      if (doc.docstart) warnings.push(emptyBreakWarning(path, doc.docstart, documents.length > 0));
      continue;
    }
    const own = newdocName(doc.newdoc) ?? (named ? documentName(path, doc, d, width) : null);
    const name = uniqueName(own ?? baseName(path), names);
    // A CoNLL-U document keeps its lines, so the CoNLL export writes it back as it was.
    const source = sources[d];
    const conllu = misc && source !== undefined ? { source, key: misc.key } : undefined;
    const wordPrefix = prefixed?.prefix;
    // A file of sentences tagged inline ends after one line break, unless it said otherwise.
    const end =
      d === lastWithTokens && (piped ? ending !== 1 : ending !== BLANK_LINE_END)
        ? ending
        : undefined;
    const order = many ? { file: fileName, index: documents.length } : undefined;
    // A CoNLL-U document keeps the mark in its source lines; another, as a flag its export reads.
    const byteOrderMark: true | undefined =
      bom && !conllu && documents.length === 0 ? true : undefined;
    const how = {
      tabs,
      conllu,
      noSpaceAfter: glue,
      wordPrefix,
      lineBreaksAtEnd: end,
      order,
      byteOrderMark,
      tagSuffix,
      encoding: file.encoding,
      inline,
      ...fileLines[d],
    };
    const one = documentOf(name, doc, tags[d] ?? [], layout, scheme, how);
    // Documents told apart by lines that give no name are named by their place in the file.
    const byPlace = own === documentPlaceName(path, d, width);
    documents.push(byPlace ? { ...one.document, namedByPlace: path } : one.document);
    illFormed.push(...one.illFormed);
  }
  const glued = glue !== undefined && glue.size > 0;
  warnings.push(
    describeRead(path, layout, scheme, options.scheme !== undefined, piped, tabs, glued),
  );
  if (prefixed)
    warnings.push(
      `${path}: every word begins with ${prefixed.prefix} (the language, as WikiANN / PAN-X write it): read without it; the CoNLL export writes it back`,
    );
  if (tagSuffix) warnings.push(suffixWarning(path, tagSuffix));
  if (left.length > 0)
    warnings.push(
      `${path}: ${left.length} line${left.length === 1 ? '' : 's'} whose word is empty or only spaces, tagged O, left out of the text (its tokens are joined by spaces) and of the CoNLL export: line${left.length === 1 ? '' : 's'} ${left.slice(0, SAID).join(', ')}${left.length > SAID ? ', …' : ''}`,
    );
  if (misc)
    warnings.push(
      `${path}: ${miscSaid(misc)}${newdocs(docs)}; the CoNLL export writes its documents back as CoNLL-U, the names in MISC (documents from elsewhere exported with them are written as CoNLL-U too)${glue && glue.size > 0 ? `; ${CONLLU_TEXT}` : ''}${misc.skipped > 0 ? `; ${countOf(misc.skipped, 'line')} of empty nodes (8.1) or multiword tokens (1-2) left out of the text, as spaCy leaves them out (they are no words of it), and kept` : ''}`,
    );
  for (const o of others.filter((o) => o.sameTypes))
    warnings.push(
      `${path}: column ${o.column + 1} also holds tags of the same types (${o.example}, …), as a second, nested level does; it is kept as a column and written back by the CoNLL export, not read as spans; pass --tag-column ${o.column + 1} to read it instead`,
    );
  for (const p of illFormed.slice(0, SAID)) warnings.push(`${path}:${p.line}: ${p.reason}`);
  if (illFormed.length > SAID)
    warnings.push(
      `${path}: and ${illFormed.length - SAID} more ill-formed tag sequences, read the same way`,
    );
  return documents;
}

/**
 * The first line longer than {@link LONGEST_LINE}, by number and length, or null. One pass of
 * `indexOf`: the reader then never splits a line of a million columns (1–30 s before its error).
 */
function longLine(content: string): { line: number; length: number } | null {
  let line = 1;
  for (let from = 0; from < content.length; line++) {
    let to = content.indexOf('\n', from);
    if (to === -1) to = content.length;
    if (to - from > LONGEST_LINE) return { line, length: to - from };
    from = to + 1;
  }
  return null;
}

/** Each document of a file of sentences tagged inline keeps the file's CRLF line ends, if it had them. */
function pipedLineEnds(content: string, docs: readonly ConllDocument[]): FileLines[] {
  const lineEnd = lineEndOf(content);
  return lineEnd ? docs.map(() => ({ lineEnd })) : [];
}

/** What the summary says of the documents `# newdoc` lines opened, or nothing when there were none. */
function newdocs(docs: readonly ConllDocument[]): string {
  const count = docs.filter((d) => d.newdoc).length;
  if (count === 0) return '';
  return `; ${count} # newdoc line${count === 1 ? '' : 's'}, each opening a document named by its id (a number after the file's name without one)`;
}

/** `<file>-1`, …, or `MEDLINE-96088447` for a document a `###MEDLINE:96088447` line opened. */
function documentName(path: string, doc: ConllDocument, d: number, width: number): string {
  const id = doc.docstart ? medlineId(doc.docstart.text) : null;
  return id !== null ? `MEDLINE-${id}` : documentPlaceName(path, d, width);
}

/** The name of a file's `d`th document when nothing in the file names it. */
function documentPlaceName(path: string, d: number, width: number): string {
  return `${baseName(path)}-${String(d + 1).padStart(width, '0')}`;
}

/** The name, or with `-2`, `-3`, … when a document of the file already has it (an id given twice); taken then. */
function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
  taken.add(unique);
  return unique;
}

/** Every token's tag, per document and sentence; a value that is no tag is a problem on its line. */
function tagsOf(
  docs: readonly ConllDocument[],
  layout: ConllLayout,
  problems: LineProblem[],
): IobTag[][][] {
  return docs.map((doc) =>
    doc.sentences.map((s) =>
      s.rows.map((row) => {
        const text = row.columns[layout.tag] ?? '';
        const tag = parseTag(text);
        if (tag) return tag;
        problems.push({
          line: row.line,
          reason: row.columns.every((c) => COLUMN_NAME.test(c))
            ? `${row.columns.join(' ')} names the columns, as a header line does; a CoNLL / IOB file has none: remove the line and import again`
            : `${JSON.stringify(text)} in column ${layout.tag + 1} is not a tag: tags are O, or a prefix (B-, I-, E-, S-, L-, U-) and a type, such as B-PER`,
        });
        return { prefix: 'O', type: '' };
      }),
    ),
  );
}

/** A tag whose prefix the scheme does not have (S-PER in IOB2, a bare label among prefixed tags) is a problem on its line. */
function checkPrefixes(
  docs: readonly ConllDocument[],
  tags: readonly (readonly (readonly IobTag[])[])[],
  layout: ConllLayout,
  scheme: TagScheme,
  given: boolean,
  problems: LineProblem[],
): void {
  const allowed = SCHEME_PREFIXES[scheme];
  const name = SCHEME_NAMES[scheme];
  for (const [d, doc] of docs.entries())
    for (const [s, sentence] of doc.sentences.entries())
      for (const [t, row] of sentence.rows.entries()) {
        const tag = tags[d]?.[s]?.[t];
        if (!tag || allowed.includes(tag.prefix)) continue;
        const why =
          tag.prefix === ''
            ? `a bare label among prefixed tags (B-…, I-…); write it ${scheme === 'io' ? 'as it is' : `I-${tag.type} or B-${tag.type}`}, or pass --scheme io if every tag is a bare label`
            : `not a ${name} tag (${allowed.map((p) => (p === 'O' ? 'O' : p === '' ? 'LABEL' : `${p}-…`)).join(', ')})${given ? '; check --scheme' : ''}`;
        problems.push({
          line: row.line,
          reason: `${JSON.stringify(tagText(tag))} in column ${layout.tag + 1} is ${why}`,
        });
      }
}

/** The warning for a document break line with no tokens after it (`after`: a document came before it). */
function emptyBreakWarning(
  path: string,
  line: { line: number; text: string },
  after: boolean,
): string {
  const medline = line.text.startsWith('###');
  const name = medline ? '###MEDLINE' : (line.text.split(' ')[0] ?? '-DOCSTART-');
  // A -DOCSTART- line after a document is written after it even once it changed (see `ownLines`).
  const back =
    after && !medline
      ? 'written back after it by the CoNLL export'
      : 'written back with them by the CoNLL export while that document is unchanged';
  return `${path}:${line.line}: a ${name} line with no tokens after it: no document made; kept among the lines of the document before it (the first, if none), and ${back}`;
}
