import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';

/** A Label Studio NER region. */
export function region(
  id: string,
  start: number | string,
  end: number,
  text: string,
  ...labels: string[]
) {
  return {
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start, end, text, labels },
  };
}

/** A per-region or document-level result of another type. */
export function result(id: string, type: string, fromName: string, value: object) {
  return { id, from_name: fromName, to_name: 'text', type, value };
}

export function relationResult(from: string, to: string, type: string, direction = 'right') {
  return { from_id: from, to_id: to, type: 'relation', direction, labels: [type] };
}

/** A task with one annotation holding `results`. */
export function task(text: string, results: object[], extra: object = {}) {
  return { data: { text }, annotations: [{ result: results }], ...extra };
}

/** Pretty JSON, as Label Studio exports it. */
export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** The 1-based line of the first line containing `marker`. */
export function lineOf(content: string, marker: string): number {
  const index = content.split('\n').findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`${marker} not in content`);
  return index + 1;
}

/** A Label Studio Paragraphs region: paragraph indexes as strings, UTF-16 offsets within them. */
export function paragraphRegion(
  id: string,
  [start, startOffset]: [number | string, number],
  [end, endOffset]: [number | string, number],
  text: string | undefined,
  ...labels: string[]
) {
  return {
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'paragraphlabels',
    value: {
      start: typeof start === 'number' ? String(start) : start,
      end: typeof end === 'number' ? String(end) : end,
      startOffset,
      endOffset,
      ...(text === undefined ? {} : { text }),
      paragraphlabels: labels,
    },
  };
}

/** A Paragraphs task: `data.dialogue` from `[author, text]` pairs (no author when undefined). */
export function dialogueTask(lines: [string | undefined, string][], results: object[], extra = {}) {
  const dialogue = lines.map(([author, text]) =>
    author === undefined ? { text } : { author, text },
  );
  return { id: 7, data: { dialogue }, annotations: [{ result: results }], ...extra };
}

/**
 * The document without where its task was in its file (`$labelstudio.file`), and without
 * `$labelstudio` when that was all it kept: what reading the task itself gave.
 */
export function unfiled(doc: FormatDocument | undefined): FormatDocument | undefined {
  const kept = doc?.metadata?.$labelstudio;
  if (!doc || typeof kept !== 'object' || kept === null || Array.isArray(kept) || !('file' in kept))
    return doc;
  const { file: _file, ...rest } = kept;
  const { $labelstudio: _kept, ...fields } = doc.metadata ?? {};
  const metadata = Object.keys(rest).length > 0 ? { ...fields, $labelstudio: rest } : fields;
  const { metadata: _metadata, ...plain } = doc;
  return Object.keys(metadata).length > 0 ? { ...plain, metadata } : plain;
}

/** The bundle's documents without their files (see {@link unfiled}): what Loupe writes of them anew. */
export function withoutFiles(bundle: FormatBundle): FormatBundle {
  return { ...bundle, documents: bundle.documents.flatMap((doc) => unfiled(doc) ?? []) };
}
