import {
  baseName,
  bundleOf,
  ErrorCollector,
  isAnnotationKey,
  readJsonObjects,
  unreadAnnotationKeys,
} from '../common';

const READ_KEYS = new Set(['text', 'spans', 'tokens', 'meta', 'answer', 'relations']);
/** The same with Prodigy's text classification label, when it is one (a string). */
const READ_WITH_LABEL = new Set([...READ_KEYS, 'label']);
import type { FormatBundle, FormatDocument, FormatFile } from '../common';
import { LABEL } from './documentLabel';
import { keptFields } from './keptFields';
import { readRelations } from './readRelations';
import { readSpans } from './readRecord';

/**
 * Reads spans JSONL (Prodigy / spaCy style): `{text, spans: [{start, end, label,
 * token_start, token_end}], tokens, meta}` per line, code point offsets, `token_end`
 * inclusive; Prodigy's `relations` (`rel.manual`: `head_span`, `child_span`, `label`) relate
 * the record's spans. Records answered `reject` or `ignore` are skipped with a warning. Prodigy's
 * text classification `label` (a string) is the document label `label`. The name is
 * `meta.name`, else `<file>-<line>`.
 * @example readSpansJsonl([{ path: 'a.jsonl', content: '{"text":"IBM","spans":[{"start":0,"end":3,"label":"ORG"}]}' }])
 */
export function readSpansJsonl(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  for (const file of files) {
    for (const { line, record } of readJsonObjects(file.path, file.content, errors)) {
      if (typeof record.text !== 'string') {
        errors.add(file.path, line, 'text: expected a string (the document text)');
        continue;
      }
      if (record.answer === 'reject' || record.answer === 'ignore') {
        warnings.push(`${file.path}:${line}: a record answered ${record.answer} is not imported`);
        continue;
      }
      const read = readSpans(record.text, record);
      const problems = read.problems;
      for (const note of read.notes) warnings.push(`${file.path}:${line}: ${note}`);
      const { spans, relations } = readRelations(record.relations, read.spans, problems);
      problems.forEach((problem) => errors.add(file.path, line, problem));
      const label = typeof record.label === 'string' && record.label !== '' ? record.label : null;
      for (const key of unreadAnnotationKeys(record, label ? READ_WITH_LABEL : READ_KEYS))
        errors.add(file.path, line, unreadKey(key));
      const meta = (
        typeof record.meta === 'object' && record.meta !== null ? record.meta : {}
      ) as Record<string, unknown>;
      const name =
        typeof meta.name === 'string' && meta.name !== ''
          ? meta.name
          : `${baseName(file.path)}-${line}`;
      const metadata = keptFields(record, label !== null);
      documents.push({
        name,
        text: record.text,
        spans,
        relations,
        stances: [],
        entities: [],
        documentLabels: label ? { [LABEL]: label } : {},
        ...(metadata ? { metadata } : {}),
      });
    }
  }
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}

function unreadKey(key: string): string {
  if (!isAnnotationKey(key))
    return `${key} holds labelled spans under a key spans JSONL does not use; rename it to spans to import them, or remove it to import the text alone`;
  return `${key} holds annotations spans JSONL does not have; this record is not spans JSONL (try --format auto, or --format doccano or labelstudio)`;
}
