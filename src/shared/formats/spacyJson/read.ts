import { isRecord, setOwn } from '../../collections';
import { fragmentOf } from '../../spans';
import {
  baseName,
  bundleOf,
  chunksOf,
  ErrorCollector,
  formatPath,
  isJsonValue,
  jsonDepth,
  jsonPathLines,
  KEPT_SPACY_JSON,
  MAX_JSON_DEPTH,
  parseJson,
  SCHEME_NAMES,
  schemeOf,
  sourceFileAt,
  uniqueDocumentName,
  inFileFolder,
} from '../common';
import type {
  FormatBundle,
  FormatDocument,
  FormatFile,
  FormatSpan,
  IobTag,
  JsonValue,
  KeptSpacyJson,
  ReadOptions,
  SourceFile,
  TagScheme,
} from '../common';
import { catsListLabels } from './paragraphCats';
import { emptyFormatDocument } from '../common/formatDocument';
import { readParagraph } from './readParagraph';
import type { PathProblem, ReadParagraph } from './readParagraph';

const OUTSIDE: IobTag = { prefix: 'O', type: '' };

/** One paragraph read, with the document it is of. */
interface Placed {
  readonly name: string;
  readonly document: Record<string, JsonValue>;
  readonly index: number;
  readonly paragraph: ReadParagraph;
}

/**
 * Reads spaCy's JSON training format (v2's `train.json`, what `spacy convert --converter json`
 * reads in v3): a list of documents `{id, paragraphs: [{raw?, sentences: [{tokens: [{id, orth,
 * tag, head, dep, ner}], brackets}], cats?}]}`. One document per paragraph, named by the file,
 * the document's `id` and the paragraph's index; `ner` BILUO tags (or IOB, detected per file
 * or `options.scheme`) read into spans, a sequence spaCy refuses (`L-` without `B-`) an error.
 * Everything else (tags, heads, deps, lemmas, `-` tags, brackets, the document's other
 * fields) is kept (`KeptSpacyJson`) for the spaCy JSON export to write back; a paragraph's `cats`
 * are document labels, each category holding its score.
 * @example readSpacyJson([{ path: 'train.json', content: '[{"id":0,"paragraphs":[{"sentences":[{"tokens":[{"orth":"EU","ner":"U-ORG"}]}]}]}]' }]).documents[0].spans → [ORG 0–2]
 */
export function readSpacyJson(
  files: readonly FormatFile[],
  options: ReadOptions = {},
): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  const names = new Set<string>();
  for (const file of files)
    documents.push(
      ...readFile(file, options, names, errors, warnings).map((d) => inFileFolder(d, file)),
    );
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}

function readFile(
  file: FormatFile,
  options: ReadOptions,
  names: Set<string>,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument[] {
  const { path } = file;
  const value = parseJson(path, file.content, errors);
  if (value === undefined) return [];
  if (jsonDepth(value) > MAX_JSON_DEPTH) {
    errors.add(
      path,
      undefined,
      `nests arrays and objects over ${MAX_JSON_DEPTH} deep, where spaCy's JSON training format nests 6; the file is damaged or not spaCy's`,
    );
    return [];
  }
  if (!Array.isArray(value)) {
    const one = isRecord(value) && Array.isArray(value.paragraphs);
    errors.add(
      path,
      1,
      `the top level is ${one ? 'one document' : Array.isArray(value) ? 'a list' : `a ${typeof value === 'object' ? 'JSON object' : typeof value}`}, not a list of documents: spaCy's JSON training format is [{"id": 0, "paragraphs": [{"raw": …, "sentences": [{"tokens": […]}]}]}]; ${one ? 'put the document in a list ([ … ])' : 'pass the --format this file is in'}`,
    );
    return [];
  }
  const problems: PathProblem[] = [];
  const placed = paragraphsOf(value, baseName(path), names, problems);
  const scheme = options.scheme ?? schemeOf(placed.map((p) => p.paragraph.tags.map(orOutside)));
  if (typeof scheme !== 'string') {
    errors.add(path, undefined, scheme.problem);
    return [];
  }
  const documents = placed.map((p, i) => documentOf(p, scheme, problems, sourceFileAt(path, i)));
  if (problems.length > 0) {
    const lines = jsonPathLines(
      file.content,
      problems.map((p) => p.path),
    );
    for (const [i, p] of problems.entries())
      errors.add(path, lines[i], `${formatPath(p.path)}: ${p.reason}`);
    return [];
  }
  warnings.push(...notes(path, placed, scheme, options.scheme !== undefined));
  return documents;
}

/** Every paragraph of every document, named; problems said for those that cannot be read. */
function paragraphsOf(
  docs: readonly unknown[],
  stem: string,
  names: Set<string>,
  problems: PathProblem[],
): Placed[] {
  const placed: Placed[] = [];
  for (const [d, doc] of docs.entries()) {
    if (!isRecord(doc) || !Array.isArray(doc.paragraphs)) {
      problems.push({
        path: [d],
        reason: `a document needs "paragraphs", a list of {"raw": …, "sentences": […]}; this one has ${isRecord(doc) ? `keys ${Object.keys(doc).join(', ') || '(none)'}` : JSON.stringify(doc)}. Fix it or pass the --format this file is in`,
      });
      continue;
    }
    const document = documentFields(doc);
    const id =
      typeof doc.id === 'number' || typeof doc.id === 'string' ? String(doc.id) : String(d);
    for (const [p, value] of doc.paragraphs.entries()) {
      const paragraph = readParagraph(value, [d, 'paragraphs', p], problems);
      if (!paragraph) continue;
      const name = uniqueDocumentName(`${stem}-${id}-${p}`, names);
      placed.push({ name, document, index: p, paragraph });
    }
  }
  return placed;
}

/** A paragraph's document: its text, its tags' spans, the paragraph (and its file) kept to be written back. */
function documentOf(
  placed: Placed,
  scheme: TagScheme,
  problems: PathProblem[],
  file: SourceFile | undefined,
): FormatDocument {
  const { name, document, index, paragraph } = placed;
  const { places, tags, paths } = paragraph;
  const read = chunksOf(tags.map(orOutside), scheme);
  for (const p of read.illFormed)
    problems.push({
      path: [...(paths[p.token] ?? []), 'ner'],
      reason: `${p.reason.split('; ')[0] ?? p.reason}; spaCy's converter refuses (E067) or drops such a span. Fix the tags`,
    });
  const spans: FormatSpan[] = read.chunks.map((chunk) => ({
    label: chunk.type,
    fragments: [fragmentOf(places.start[chunk.first] ?? 0, places.end[chunk.last] ?? 0)],
  }));
  const kept = {
    document,
    paragraph: index,
    source: paragraph.source,
    ...(file ? { file } : {}),
  } satisfies KeptSpacyJson;
  return {
    ...emptyFormatDocument(name, paragraph.text),
    spans,
    documentLabels: catsListLabels(paragraph.source.cats) ?? {},
    metadata: { [KEPT_SPACY_JSON]: kept },
  };
}

/** What the import says of a file: how it was read, what was kept, and a file with no entity. */
function notes(
  path: string,
  placed: readonly Placed[],
  scheme: TagScheme,
  given: boolean,
): string[] {
  let tokens = 0;
  let nerKeys = 0;
  let missing = 0;
  let entities = 0;
  let cats = 0;
  for (const { paragraph } of placed) {
    tokens += paragraph.tags.length;
    nerKeys += paragraph.nerKeys;
    missing += paragraph.missing;
    entities += paragraph.tags.filter((t) => t && t.prefix !== 'O').length;
    if (catsListLabels(paragraph.source.cats)) cats++;
  }
  const out = [
    `${path}: ${placed.length} paragraphs read as documents, ${tokens} tokens${entities > 0 ? `, "ner" read as ${SCHEME_NAMES[scheme]} (${given ? 'as --scheme says' : 'detected'})` : ''}; tag, head, dep, lemma, brackets and the documents' fields are kept and written back by the spaCy JSON export`,
  ];
  if (scheme !== 'bilou' && entities > 0)
    out.push(
      `${path}: its tags are ${SCHEME_NAMES[scheme]}, not BILUO; the spaCy JSON export writes BILUO, which spaCy reads`,
    );
  if (missing > 0)
    out.push(
      `${path}: ${missing} tokens have "ner" "-" (not annotated); Loupe has no span for "unknown", so each is kept as "-" and written back so by the spaCy JSON export where no span covers it (other exports read it as O)`,
    );
  if (nerKeys === 0)
    out.push(
      `${path}: no token has a "ner" tag, so its documents have no spans (its other annotations are kept)`,
    );
  else if (entities === 0)
    out.push(
      `${path}: ${nerKeys} tokens have a "ner" tag but none is an entity (all O${missing > 0 ? ' or -' : ''}), so its documents have no spans`,
    );
  if (cats > 0)
    out.push(
      `${path}: the "cats" of ${cats} paragraphs read as document labels, each category holding its score (as from a spaCy DocBin)`,
    );
  return out;
}

function orOutside(tag: IobTag | null): IobTag {
  return tag ?? OUTSIDE;
}

/** A document's fields as kept: JSON values only, `paragraphs` empty (each paragraph is a document of its own). */
function documentFields(doc: Record<string, unknown>): Record<string, JsonValue> {
  const fields: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(doc))
    if (key === 'paragraphs') setOwn(fields, key, []);
    else if (isJsonValue(value)) setOwn(fields, key, value);
  return fields;
}
