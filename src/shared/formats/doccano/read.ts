import { baseName, bundleOf, ErrorCollector, readJsonLines } from '../common';
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
    for (const { line, value } of readJsonLines(file.path, file.content, errors)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        errors.add(file.path, line, 'expected a JSON object per line');
        continue;
      }
      const record = value as Record<string, unknown>;
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
