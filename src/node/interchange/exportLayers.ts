import { documentPath } from '../../shared/model';
import { bundleOf, type FormatDocument } from '../../shared/formats';
import type { ProjectFolder } from '../store';
import { exportBundle, exportNameOf, type ExportBundle } from './exportBundle';
import type { Monitor } from './importPlan';

/**
 * Reads several annotators' layers for one export (doccano writes a record several layers hold
 * once, each layer's annotations with its user; spans JSONL a record per layer, as Prodigy
 * exports several annotators' sessions): of each layer the documents it holds, a
 * document's layers side by side in the project's order; a document none of them holds once,
 * without annotations, as an export of one layer writes it. One annotator: {@link exportBundle}.
 * @example (await exportLayers(store, ['user1', 'user2'], choices)).bundle.documents.map((d) => d.annotator) → ['user1', 'user2', 'user2']
 */
export async function exportLayers(
  store: ProjectFolder,
  annotators: readonly string[],
  choices: { onlyDone: boolean; includeRejected: boolean },
  monitor: Monitor = {},
): Promise<ExportBundle> {
  const [first, ...others] = annotators;
  if (first === undefined) throw new RangeError('say whose annotations to export');
  if (others.length === 0) return exportBundle(store, first, choices, monitor);
  const held = new Map<string, ReadonlySet<string>>();
  for (const annotator of annotators)
    held.set(annotator, new Set(await store.layerFilesOf(annotator)));
  const holds = (annotator: string, id: string): boolean => held.get(annotator)?.has(id) === true;
  const parts: ExportBundle[] = [];
  for (const annotator of annotators) {
    const keep = (id: string): boolean =>
      holds(annotator, id) || (annotator === first && !annotators.some((a) => holds(a, id)));
    parts.push(await exportBundle(store, annotator, choices, monitor, keep));
  }
  const rank = new Map<string, number>();
  for (const [i, meta] of store.listDocuments().entries()) {
    const name = exportNameOf(meta.name);
    const key = documentKey(documentPath({ ...meta, name }), meta.textHash);
    if (!rank.has(key)) rank.set(key, i);
  }
  const placeOf = (doc: FormatDocument): number =>
    rank.get(documentKey(documentPath(doc), doc.textHash)) ?? Number.MAX_SAFE_INTEGER;
  const documents = parts
    .flatMap((part) => part.bundle.documents)
    .map((doc, i) => ({ doc, place: placeOf(doc), i }))
    .sort((a, b) => a.place - b.place || a.i - b.i)
    .map(({ doc }) => doc);
  const labels = [...new Set(parts.flatMap((part) => part.bundle.labels))].sort();
  return {
    bundle: bundleOf(documents, [], labels),
    notDone: parts.reduce((n, part) => n + part.notDone, 0),
    rejected: parts.reduce((n, part) => n + part.rejected, 0),
  };
}

function documentKey(name: string, textHash: string | undefined): string {
  return JSON.stringify([name, textHash ?? null]);
}
