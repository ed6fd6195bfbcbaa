import {
  baseName,
  bundleOf,
  ErrorCollector,
  isAnnotationKey,
  isJsonValue,
  isSpacyCats,
  readJsonRecords,
  shallowRecords,
  sourceKey,
  unreadAnnotationKeys,
} from '../common';

const READ_KEYS = ['text', 'spans', 'tokens', 'meta', 'answer', 'relations'];
import type { FormatBundle, FormatDocument, FormatFile, FormatSpan, JsonValue } from '../common';
import type { DocumentMetadata } from '../../model';
import { isRecord, setOwn } from '../../collections';
import { LABEL } from './documentLabel';
import { ANSWERED_KEY, keptFields } from './keptFields';
import { relationEnds, sameAsLoupe } from './fileTokens';
import { readRelations } from './readRelations';
import { filedRelations } from './filedRelations';
import { readSpans } from './readRecord';
import { emptyFormatDocument } from '../common/formatDocument';
import { countOf } from '../../text';
import { layoutOf } from './recordLayout';
import { jsonStyleOf } from '../common';
import { catsAsFloats, readCats } from './textCategories';
import type { JsonStyle } from '../common';
import { metaName, taskPlaces } from './taskPlaces';
import type { TaskPlace } from './taskPlaces';
import { keptLineEnd, lineEndsOf } from './lineEnds';
import { textPrint } from './mendTokens';

/**
 * Reads spans JSONL (Prodigy / spaCy style): `{text, spans: [{start, end, label,
 * token_start, token_end}], tokens, meta}` per line, code point offsets, `token_end`
 * inclusive; Prodigy's `relations` (`rel.manual`: `head_span`, `child_span`, `label`) relate
 * the record's spans. Records answered `reject` or `ignore` are kept as they were, without
 * Loupe spans or labels, and written back so (one warning per file). Prodigy's
 * text classification `label` (a string) is the document label `label`. The name is
 * `meta.name`, else `<file>-<line>`.
 * @example readSpansJsonl([{ path: 'a.jsonl', content: '{"text":"IBM","spans":[{"start":0,"end":3,"label":"ORG"}]}' }])
 */
export function readSpansJsonl(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  const documentFiles: string[] = [];
  for (const file of files) {
    const answered: number[] = [];
    const spansAnswered: number[] = []; // by record with spans answered away, its line, once per span
    const mended: { line: number; tokens: number[] }[] = []; // records whose tokens' offsets were mended
    const style = jsonStyleOf(file.content);
    let lines: string[] | undefined; // split once, when a record has cats
    const lineText = (n: number) => (lines ??= file.content.split('\n'))[n - 1] ?? '';
    const records = shallowRecords(
      file.path,
      readJsonRecords(file.path, file.content, errors),
      errors,
    );
    const places = taskPlaces(records, (record, line) => nameOf(record, file.path, line));
    const ends = lineEndsOf(file.content);
    const lastLine = records.at(-1)?.line;
    for (const { line, record } of records) {
      if (typeof record.text !== 'string') {
        errors.add(file.path, line, 'text: expected a string (the document text)');
        continue;
      }
      const place = places.get(line);
      const name = place?.name ?? nameOf(record, file.path, line);
      const by = annotatedBy(place, file.path, line);
      const annotated = { ...by, kept: { ...by.kept, ...keptLineEnd(ends, line === lastLine) } };
      if (record.answer === 'reject' || record.answer === 'ignore') {
        answered.push(line);
        const layout = layoutFor(record, style, name, false, ANSWERED_MEMBERS);
        const doc = answeredDocument(record, record.text, name, layout, annotated.kept);
        const byPlace = metaName(record) === null ? { namedByPlace: file.path } : {};
        documents.push({ ...doc, ...byPlace, ...annotated.who });
        continue;
      }
      const read = readSpans(record.text, record);
      const problems = read.problems;
      for (const note of read.notes) warnings.push(`${file.path}:${line}: ${note}`);
      for (let k = 0; k < read.answered; k++) spansAnswered.push(line);
      if (read.mended.length > 0) mended.push({ line, tokens: read.mended });
      const length = [...record.text].length;
      const {
        spans,
        relations,
        kept,
        fields: relationFields,
      } = readRelations(record.relations, read.spans, problems, length);
      if (kept.length > 0)
        warnings.push(
          `${file.path}:${line}: ${countOf(kept.length, 'relation')} between tokens that ${kept.length === 1 ? 'is no span is kept as it was' : 'are no span are kept as they were'} and written back to spans JSONL; Loupe does not show ${kept.length === 1 ? 'it' : 'them'}`,
        );
      problems.forEach((problem) => errors.add(file.path, line, problem));
      const label = typeof record.label === 'string' && record.label !== '' ? record.label : null;
      const cats = isSpacyCats(record.cats)
        ? readCats(record.cats, catsAsFloats(file.content, lineText(line)))
        : null;
      const readKeys = new Set([
        ...READ_KEYS,
        ...(label ? ['label'] : []),
        ...(cats ? ['cats'] : []),
      ]);
      for (const key of unreadAnnotationKeys(record, readKeys))
        errors.add(file.path, line, unreadKey(key));
      if (Array.isArray(record.accept) && record.accept.length > 0)
        errors.add(file.path, line, CHOSEN_OPTIONS);
      const fields = keptFields(record, label !== null, cats !== null);
      const filed = relations.length > 0 ? filedRelations(record.relations, record.spans) : [];
      const layout = layoutFor(record, style, name, label !== null, [
        ...REBUILT_MEMBERS,
        ...(cats ? ['cats'] : []),
      ]);
      const own = {
        ...(kept.length > 0 ? { relations: kept.filter(isJsonValue) } : {}),
        ...(filed.length > 0 ? { filedRelations: filed } : {}),
        ...(Object.keys(relationFields).length > 0 ? { relationFields } : {}),
        ...(read.kept.length > 0 ? { spanFields: read.kept } : {}),
        ...(withoutTokenIndices(record) ? { spanTokens: false } : {}),
        // Tokens Loupe cannot rebuild are kept once, as the file's JSON (a stored layer sorts an object's keys).
        ...(keepsTokens(record.text, record.tokens, spans, kept)
          ? { tokens: JSON.stringify(record.tokens) }
          : {}),
        // Tokens whose offsets were mended go back as the file had them while the text is this one.
        ...(read.mended.length > 0 ? { tokensText: textPrint(record.text) } : {}),
        ...(cats ? { cats: { ...cats.kept, keys: [...cats.kept.keys] } } : {}),
        ...(layout ? { layout } : {}),
        ...annotated.kept,
      };
      const metadata = Object.keys(own).length > 0 ? { ...fields, [ANSWERED_KEY]: own } : fields;
      documents.push({
        name,
        ...(metaName(record) === null ? { namedByPlace: file.path } : {}),
        ...annotated.who,
        text: record.text,
        spans,
        relations,
        stances: [],
        entities: [],
        documentLabels: {
          ...cats?.labels,
          ...(label ? { [LABEL]: label } : {}),
        },
        ...(metadata ? { metadata } : {}),
      });
    }
    if (answered.length > 0) warnings.push(answeredWarning(file.path, answered));
    if (spansAnswered.length > 0) warnings.push(answeredSpansWarning(file.path, spansAnswered));
    if (mended.length > 0) warnings.push(mendedWarning(file.path, mended));
    while (documentFiles.length < documents.length) documentFiles.push(file.path);
  }
  errors.throwIfAny();
  return { ...bundleOf(documents, warnings), documentFiles };
}

/**
 * Whether a record's tokens are kept to be written back: when they are tokens (a JSON list)
 * and not the very ones Loupe would write itself.
 */
function keepsTokens(
  text: string,
  tokens: unknown,
  spans: readonly FormatSpan[],
  kept: readonly unknown[],
): tokens is JsonValue[] {
  if (!Array.isArray(tokens) || !isJsonValue(tokens)) return false;
  const edges = spans.flatMap((span) => span.fragments.flatMap((f) => [f.start, f.end]));
  return !sameAsLoupe(text, tokens, [...edges, ...relationEnds(kept)]);
}

/**
 * Whether a record's spans are written back without token indices: they came, all of them,
 * without (ner.teach's), or the record came without spans that had them and without tokens
 * (Prodigy's `ner` and `textcat` tasks, spaCy's raw input), which such indices would name.
 */
function withoutTokenIndices(record: Record<string, unknown>): boolean {
  const spans: unknown[] = Array.isArray(record.spans) ? record.spans : [];
  const indexed = spans.some(
    (span) => isRecord(span) && ('token_start' in span || 'token_end' in span),
  );
  return !indexed && (spans.length > 0 || record.tokens === undefined);
}

/**
 * The layout kept of a record (see `RecordLayout`): its keys where Loupe orders them
 * otherwise (its own members first, then the kept ones as a layer gives them back, sorted), the file's JSON style, and the name Loupe gave it when it had no `meta.name`;
 * not the JSON of the members `keptApart` (tokens: rebuilt from the text, or kept apart).
 */
function layoutFor(
  record: Record<string, unknown>,
  style: JsonStyle,
  name: string,
  labelRead = false,
  keptApart: readonly string[] = [],
): ReturnType<typeof layoutOf> {
  const own = ['text', 'spans', 'tokens', ...('relations' in record ? ['relations'] : [])];
  const rest = Object.keys(record).filter((k) => !own.includes(k) && k !== 'meta');
  const labelLast = labelRead ? rest.filter((k) => k !== 'label') : rest;
  // The kept fields come back from a layer in its order, keys sorted (`_session_id` before
  // `_task_hash`): the file's order is kept whenever it is another.
  const stored = [...labelLast].sort();
  const defaultKeys = [...own, 'meta', ...(labelRead ? ['label'] : []), ...stored];
  return layoutOf(record, style, defaultKeys, metaName(record) === null ? name : null, keptApart);
}

/**
 * What a record of a named annotator brings its document (see {@link TaskPlace}): the
 * annotator, and kept, the record's place in its file, written back in that order whichever
 * layers an export writes together, and the annotators of its task, to count those an export
 * leaves out.
 */
function annotatedBy(
  place: TaskPlace | undefined,
  path: string,
  line: number,
): { who: Pick<FormatDocument, 'annotator' | 'annotatorFixed'>; kept: Record<string, JsonValue> } {
  if (!place) return { who: {}, kept: {} };
  return {
    who: { annotator: place.annotator, ...(place.several ? { annotatorFixed: true } : {}) },
    kept: { order: [sourceKey(path), line], answeredBy: [...place.answeredBy] },
  };
}

function nameOf(record: Record<string, unknown>, path: string, line: number): string {
  return metaName(record) ?? `${baseName(path)}-${line}`;
}

/**
 * The members of an accepted record whose JSON its layout does not keep: the writer rebuilds
 * them, spans from the document's spans and their kept fields (key order included), tokens from
 * the text or the tokens kept apart; a span is stored once.
 */
const REBUILT_MEMBERS = ['tokens', 'spans'];

/** The members a record answered `reject` or `ignore` keeps as the file's JSON text. */
const ANSWERED_MEMBERS = ['spans', 'tokens', 'relations'];

/**
 * A record answered `reject` or `ignore`: its text, with its spans, tokens and relations
 * kept as they were ({@link ANSWERED_KEY}), once, as the file's JSON text (which keeps its
 * key order in a stored layer), beside its other fields, not read as Loupe's (a rejected span
 * is not a span), and written back so.
 */
function answeredDocument(
  record: Record<string, unknown>,
  text: string,
  name: string,
  layout: ReturnType<typeof layoutOf>,
  annotated: Record<string, JsonValue>,
): FormatDocument {
  const own: Record<string, JsonValue> = { ...annotated };
  for (const key of ANSWERED_MEMBERS) {
    const value = record[key];
    if (value !== undefined && isJsonValue(value)) setOwn(own, key, JSON.stringify(value));
  }
  if (layout) setOwn(own, 'layout', layout);
  const metadata: DocumentMetadata = {
    ...keptFields(record, false),
    ...(Object.keys(own).length > 0 ? { [ANSWERED_KEY]: own } : {}),
  };
  return { ...emptyFormatDocument(name, text), metadata };
}

function answeredSpansWarning(path: string, lines: readonly number[]): string {
  const distinct = [...new Set(lines)];
  const listed = distinct.slice(0, 5).join(', ') + (distinct.length > 5 ? ', …' : '');
  return `${path}: ${countOf(lines.length, 'span')} answered reject or ignore in accepted records (line ${listed}) ${lines.length === 1 ? 'is kept as it was' : 'are kept as they were'} and written back to spans JSONL; Loupe does not show ${lines.length === 1 ? 'it' : 'them'} (the annotator said ${lines.length === 1 ? 'it is' : 'they are'} no entity), and other exports leave ${lines.length === 1 ? 'it' : 'them'} out`;
}

function mendedWarning(
  path: string,
  records: readonly { line: number; tokens: number[] }[],
): string {
  const tokens = records.reduce((n, r) => n + r.tokens.length, 0);
  const first = records[0];
  const some = first
    ? first.tokens.slice(0, 3).join(', ') + (first.tokens.length > 3 ? ', …' : '')
    : '';
  return `${path}: ${countOf(tokens, 'whitespace token')} in ${countOf(records.length, 'record')} (first line ${first?.line ?? 0}, tokens ${some}) had offsets that do not hold their text; read in the gap between their neighbours, where their text is, and written back to spans JSONL as the file had them while the text is unedited`;
}

function answeredWarning(path: string, lines: readonly number[]): string {
  const listed = lines.slice(0, 5).join(', ') + (lines.length > 5 ? ', …' : '');
  return `${path}: ${countOf(lines.length, 'record')} answered reject or ignore (line ${listed}) ${lines.length === 1 ? 'is kept as it was' : 'are kept as they were'} and written back to spans JSONL; Loupe does not show their spans or label, and CoNLL and Hugging Face exports leave them out`;
}

/**
 * Why a record of Prodigy's choice interface (textcat.manual with several labels: `options`,
 * the chosen ids in `accept`) is refused: its categories would be imported as none.
 */
const CHOSEN_OPTIONS =
  "accept holds the options chosen in Prodigy's choice interface (textcat.manual with several labels), which Loupe does not read as document labels; export one label per record (Prodigy's binary textcat, `label`), or pass --skip-invalid to leave these records out";

function unreadKey(key: string): string {
  if (!isAnnotationKey(key))
    return `${key} holds labelled spans under a key spans JSONL does not use; rename it to spans to import them, or remove it to import the text alone`;
  return `${key} holds annotations spans JSONL does not have; this record is not spans JSONL (try --format auto, or --format doccano or labelstudio)`;
}
