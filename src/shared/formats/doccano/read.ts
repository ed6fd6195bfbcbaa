import { baseName, bundleOf, ErrorCollector, readJsonObjects } from '../common';
import type { FormatBundle, FormatDocument, FormatFile } from '../common';
import { readAnnotations } from './readRecord';

/**
 * Reads doccano JSONL, one record per line: `{"text", "label": [[s, e, "L"]]}` (or
 * `labels`) or the relation variant `{"text", "entities": [...], "relations": [...]}`.
 * doccano counts UTF-16 units; the result is in code points. The name is `name`, else
 * `id`, else `<file>-<line>`. Throws FormatErrors listing every problem.
 * @example readDoccano([{ path: 'a.jsonl', content: '{"text": "😀 IBM", "label": [[3, 6, "ORG"]]}' }])
 */
export function readDoccano(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const documents: FormatDocument[] = [];
  for (const file of files) {
    for (const { line, record } of readJsonObjects(file.path, file.content, errors)) {
      const text = typeof record.text === 'string' ? record.text : record.data;
      if (typeof text !== 'string') {
        errors.add(file.path, line, 'text: expected a string (the document text)');
        continue;
      }
      const { spans, relations, problems } = readAnnotations(text, record);
      problems.forEach((problem) => errors.add(file.path, line, problem));
      documents.push({
        name: nameOf(record, `${baseName(file.path)}-${line}`),
        text,
        spans,
        relations,
        stances: [],
        entities: [],
        documentLabels: {},
      });
    }
  }
  errors.throwIfAny();
  return bundleOf(documents, []);
}

function nameOf(record: Record<string, unknown>, fallback: string): string {
  if (typeof record.name === 'string' && record.name !== '') return record.name;
  if (typeof record.id === 'number' || (typeof record.id === 'string' && record.id !== ''))
    return String(record.id);
  return fallback;
}
