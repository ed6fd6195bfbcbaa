import { getOwn, setOwn } from '../../shared/collections';
import { CONFIDENCE_ATTRIBUTE, WorkbenchError, type SuggestRequest } from '../../shared/contract';
import { findNamedDocument, GOLD, type DocumentMeta, type Layer } from '../../shared/model';
import type { KnownName, TrainingDocument } from '../../shared/suggest';
import { unreadDocumentsError, type ProjectFolder } from '../store';
import { documentInWords } from '../services/documentInWords';

/** What a suggest run reads from the project: training data, known names, target documents. */
export interface SuggestionInputs {
  readonly training: TrainingDocument[];
  readonly trainingSpans: Record<string, number>;
  readonly knownNames: KnownName[];
  readonly targets: { id: string; text: string }[];
  /** The text of every other document of the project (neither trained on nor tagged): word classes read it too. */
  readonly otherTexts: string[];
}

/** Whether a layer counts as annotated: it has spans or its annotator marked it done. */
function annotated(layer: Readonly<Layer>): boolean {
  return layer.spans.length > 0 || layer.status === 'done';
}

/**
 * Refuses a machine annotator that is the trainer, `gold` or the local user, or whose layers
 * hold spans that are not suggestions (no confidence): suggestions never go into a human layer.
 */
export async function checkMachineAnnotator(
  store: ProjectFolder,
  from: string,
  as: string,
  user: string | null,
): Promise<void> {
  const human = as === from || as === GOLD || as === user;
  if (human)
    throw new WorkbenchError(
      'invalid_request',
      `--as ${as} names a human layer (${as === from ? 'the one learned from' : as === GOLD ? 'the adjudicated layer' : 'yours'}); suggestions go to a machine annotator such as model`,
    );
  for (const id of await store.layerFilesOf(as)) {
    if (!store.hasDocument(id)) continue;
    const layer = await store.readLayerShared(id, as);
    const human = layer.spans.find(
      (s) => s.author !== as || typeof s.attributes?.[CONFIDENCE_ATTRIBUTE] !== 'number',
    );
    if (human)
      throw new WorkbenchError(
        'invalid_request',
        `the layer of ${as} in ${await documentInWords(store, id)} holds spans that are not suggestions (by ${human.author}): suggestions never merge into a human layer; choose another --as`,
      );
  }
}

function resolveDocuments(store: ProjectFolder, wanted: readonly string[]): DocumentMeta[] {
  const all = store.listDocuments();
  return wanted.map((key) => {
    const named = findNamedDocument(all, key);
    if (named && 'found' in named) return named.found;
    if (named)
      throw new WorkbenchError(
        'invalid_request',
        `${JSON.stringify(key)} names ${named.ambiguous.length} documents (${named.ambiguous.join(', ')}); give one of these`,
      );
    throw new WorkbenchError('not_found', `no document ${JSON.stringify(key)} in this project`);
  });
}

/**
 * Reads the spans of `from` (one-fragment spans of the chosen labels) as training data and
 * picks the targets: the listed documents, or every document `from` has not annotated; the
 * rest of the project's documents are read as text only. Every document takes part, so one
 * Loupe could not read (or whose text it cannot) refuses the run, naming its file: learning
 * and tagging without it would leave it out silently. `self`: the annotator using Loupe, who
 * may have no layer yet.
 */
export async function suggestionInputs(
  store: ProjectFolder,
  from: string,
  request: SuggestRequest,
  self: string | null = null,
): Promise<SuggestionInputs> {
  // The person at the window before their first span has no layer yet: they are no unknown
  // annotator, they have nothing to learn from (said below).
  if (from !== self && !(await store.listAnnotators()).includes(from))
    throw new WorkbenchError('not_found', `no annotator ${JSON.stringify(from)} in this project`);
  const unread = unreadDocumentsError(store.unreadDocuments(), 'suggestions', 'suggest again');
  if (unread) throw unread;
  const labels = request.labels ? new Set(request.labels) : null;
  const training: TrainingDocument[] = [];
  const trainingSpans: Record<string, number> = {};
  const unannotated: DocumentMeta[] = [];
  for (const meta of store.listDocuments()) {
    const layer = await store.readLayerShared(meta.id, from);
    if (!annotated(layer)) {
      unannotated.push(meta);
      continue;
    }
    const spans = layer.spans
      .filter((s) => s.fragments.length === 1 && (!labels || labels.has(s.label)))
      .map((s) => ({
        label: s.label,
        start: s.fragments[0]?.start ?? 0,
        end: s.fragments[0]?.end ?? 0,
      }));
    for (const s of spans)
      setOwn(trainingSpans, s.label, (getOwn(trainingSpans, s.label) ?? 0) + 1);
    training.push({ text: await store.readText(meta.id), spans, source: meta.id });
  }
  if (Object.keys(trainingSpans).length === 0)
    throw new WorkbenchError(
      'invalid_request',
      `${from} has no spans${labels ? ` of ${[...labels].join(', ')}` : ''} to learn from; annotate a few documents first`,
    );
  const chosen = request.documents ? resolveDocuments(store, request.documents) : unannotated;
  const targets = [];
  for (const meta of chosen) targets.push({ id: meta.id, text: await store.readText(meta.id) });
  const read = new Set([...training.map((d) => d.source), ...targets.map((t) => t.id)]);
  const otherTexts = [];
  for (const meta of store.listDocuments())
    if (!read.has(meta.id)) otherTexts.push(await store.readText(meta.id));
  const knownNames = store.entities
    .list()
    .flatMap((e) => [e.name, ...e.aliases].map((name) => ({ name, label: e.type })));
  return { training, trainingSpans, knownNames, targets, otherTexts };
}
