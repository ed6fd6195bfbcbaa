import {
  comparedByAll,
  computeAgreement,
  tokenAgreement,
  unitizingAlpha,
  type AgreementDocument,
  type AgreementLayer,
  type MatchMode,
  type LabeledSpan,
} from '../../shared/agreement';
import { cancelledBy, skippedInProdigy } from '../../shared/formats';
import { annotatorNameOf } from '../interchange/annotatorOf';
import { WorkbenchError, type AgreementReport } from '../../shared/contract';
import { GOLD } from '../../shared/model';
import { codePointLength, fragmentOf } from '../../shared/spans';
import { withoutRejected } from '../../shared/suggest';
import { unreadDocumentsError, type ProjectFolder } from '../store';

/** Which annotators to compare (the first is the reference) and how spans match. */
export interface AgreementQuery {
  readonly annotators: readonly string[];
  readonly match: MatchMode;
  /** Count suggestions the annotator rejected as a machine layer's spans (default: left out). */
  readonly includeRejected?: boolean | undefined;
}

/**
 * Refuses fewer than two annotators, a name given twice, and a name with no layer folder in
 * the project (`gold` may be named once it has been written).
 */
export async function checkAnnotators(
  store: ProjectFolder,
  annotators: readonly string[],
): Promise<void> {
  if (annotators.length < 2)
    throw new WorkbenchError('invalid_request', 'name at least two annotators to compare');
  const twice = annotators.find((name, i) => annotators.indexOf(name) !== i);
  if (twice !== undefined)
    throw new WorkbenchError(
      'invalid_request',
      `annotator ${JSON.stringify(twice)} is named twice`,
    );
  const known = await store.listAnnotators();
  const unknown = annotators.find((name) => !known.includes(name));
  if (unknown === undefined) return;
  const choices = known.length > 0 ? known.join(', ') : 'none yet';
  const hint = unknown === GOLD ? ' (nothing has been adjudicated yet)' : '';
  throw new WorkbenchError(
    'not_found',
    `no annotator ${JSON.stringify(unknown)} in this project${hint}; annotators: ${choices}`,
  );
}

/**
 * The annotators (by layer name) who cancelled a document's Label Studio task: its cancelled
 * annotations are kept in one layer of the document, whoever's, so every layer is looked at.
 */
async function cancelledIn(
  store: ProjectFolder,
  id: string,
  annotators: readonly string[],
): Promise<Set<string>> {
  const names = new Set<string>();
  for (const annotator of annotators) {
    const layer = await store.readLayerShared(id, annotator);
    for (const raw of cancelledBy(layer.metadata)) {
      const name = annotatorNameOf(raw);
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}

/** Unitizing alpha over the project: each document's spans shifted past the documents before it, on one continuum. */
function projectUnitizing(
  documents: readonly AgreementDocument[],
  annotators: number,
): AgreementReport['unitizing'] {
  const shifted = Array.from({ length: annotators }, (): LabeledSpan[] => []);
  let at = 0;
  for (const doc of documents) {
    doc.layers.forEach((layer, a) => {
      for (const span of layer.spans) {
        shifted[a]?.push({
          label: span.label,
          fragments: span.fragments.map((f) => fragmentOf(f.start + at, f.end + at)),
        });
      }
    });
    at += codePointLength(doc.text);
  }
  const alpha = unitizingAlpha({ continuum: fragmentOf(0, at), annotators: shifted });
  return {
    overall: alpha.overall.value,
    byLabel: Object.fromEntries(
      Object.entries(alpha.byLabel).map(([label, figures]) => [label, figures.value]),
    ),
  };
}

/**
 * Agreement between annotators over every document of the project. A document an annotator
 * has not touched counts as an empty layer for them, one they skipped (a Prodigy record they
 * answered `ignore` or `reject`, a Label Studio task they cancelled) is left out for them and counted
 * under `skipped`; a damaged layer, or a document Loupe
 * could not read when the project was opened, stops the computation with its file and
 * reason (figures over fewer documents would look like the project's). Rejected suggestions
 * are not a machine layer's spans unless asked.
 * @example await projectAgreement(store, { annotators: ['amira', 'omar'], match: 'exact' })
 */
export async function projectAgreement(
  store: ProjectFolder,
  query: AgreementQuery,
): Promise<AgreementReport> {
  await checkAnnotators(store, query.annotators);
  const unread = unreadDocumentsError(
    store.unreadDocuments(),
    'agreement figures',
    'ask for agreement again',
  );
  if (unread) throw unread;
  const documents: AgreementDocument[] = [];
  const everyone = await store.listAnnotators();
  for (const meta of store.listDocuments()) {
    const layers: AgreementLayer[] = [];
    const skipped: boolean[] = [];
    for (const annotator of query.annotators) {
      const layer = await store.readLayerShared(meta.id, annotator);
      layers.push(query.includeRejected ? layer : withoutRejected(layer).layer);
      skipped.push(skippedInProdigy(layer));
    }
    // A Label Studio task someone cancelled gave them no layer: not an annotation of nothing.
    if (layers.some((layer, a) => layer.spans.length === 0 && skipped[a] !== true)) {
      const cancelled = await cancelledIn(store, meta.id, everyone);
      query.annotators.forEach((name, a) => {
        if (cancelled.has(name) && layers[a]?.spans.length === 0) skipped[a] = true;
      });
    }
    documents.push({ id: meta.id, text: await store.readText(meta.id), layers, skipped });
  }
  const result = computeAgreement({ documents, annotators: query.annotators, match: query.match });
  const compared = comparedByAll(documents);
  return {
    ...result,
    unitizing: projectUnitizing(compared, query.annotators.length),
    tokens: tokenAgreement(compared, query.annotators),
  };
}
