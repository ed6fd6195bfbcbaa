import { isRecord } from '../../collections';
import type { Entity } from '../../model';
import {
  bundleOf,
  deepField,
  ErrorCollector,
  formatPath,
  jsonPathLines,
  parseJson,
  zodProblems,
} from '../common';
import type { DeepField, FormatBundle, FormatDocument, FormatFile } from '../common';
import { checkReferences } from './checkReferences';
import type { LoupeFileDocument } from './schema';
import { loupeFileSchema } from './schema';

/**
 * Reads Loupe files (`{format: 'loupe', formatVersion: 1, entities, documents}`), checked
 * by the model's own schemas and for every reference; each error names its line. Every
 * entity of the files is returned, referred to or not.
 * @example readLoupe([{ path: 'loupe.json', content: '{"format":"loupe","formatVersion":1,"entities":[],"documents":[]}' }])
 */
export function readLoupe(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const documents: FormatDocument[] = [];
  const registry = new Map<string, Entity>();
  for (const file of files) {
    const value = parseJson(file.path, file.content, errors);
    if (value === undefined) continue;
    const deep = deepFields(value);
    if (deep.length > 0) {
      const lines = jsonPathLines(
        file.content,
        deep.map((d) => d.path),
      );
      deep.forEach((d, i) => errors.add(file.path, lines[i], d.reason));
      continue;
    }
    const parsed = loupeFileSchema.safeParse(value);
    const problems = parsed.success ? checkReferences(parsed.data) : zodProblems(parsed.error);
    if (problems.length > 0 || !parsed.success) {
      const lines = jsonPathLines(
        file.content,
        problems.map((p) => p.path),
      );
      problems.forEach((p, i) =>
        errors.add(
          file.path,
          lines[i],
          parsed.success ? `${formatPath(p.path)}: ${p.reason}` : p.reason,
        ),
      );
      continue;
    }
    const entities = new Map(parsed.data.entities.map((e) => [e.id, e]));
    for (const entity of parsed.data.entities)
      if (!registry.has(entity.id)) registry.set(entity.id, entity);
    documents.push(...parsed.data.documents.map((doc) => toFormatDocument(doc, entities)));
  }
  errors.throwIfAny();
  const bundle = bundleOf(documents, []);
  return { ...bundle, entities: [...registry.values()] };
}

/** The fields of a Loupe file's documents and entities nested too deep to check (the schema would recurse past the stack). */
function deepFields(value: unknown): DeepField[] {
  if (!isRecord(value)) return [];
  return ['documents', 'entities'].flatMap((key) => {
    const items = value[key];
    if (!Array.isArray(items)) return [];
    return items.flatMap((item: unknown, i) => {
      const deep = isRecord(item) ? deepField(item, [key, i]) : null;
      return deep === null ? [] : [deep];
    });
  });
}

function toFormatDocument(
  doc: LoupeFileDocument,
  entities: ReadonlyMap<string, Entity>,
): FormatDocument {
  const ids = new Set<string>();
  for (const span of doc.spans) if (span.entityId !== undefined) ids.add(span.entityId);
  for (const stance of doc.stances) {
    if (stance.holder?.kind === 'entity') ids.add(stance.holder.entityId);
    if (stance.target?.kind === 'entity') ids.add(stance.target.entityId);
  }
  return { ...doc, entities: [...entities.values()].filter((e) => ids.has(e.id)) };
}
