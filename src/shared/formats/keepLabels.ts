import type { FormatBundle, FormatDocument, Tally } from './common';

/**
 * The bundle with only spans of the given labels, and whatever refers to a span left out
 * (relations, stances, events; equivalence members) left out with it, each counted in
 * `tally` so the summary says what `--labels` removed.
 * @example keepLabels(bundle, ['PERSON', 'GPE'], tally).documents[0].spans.every((s) => s.label !== 'Stance')
 */
export function keepLabels(
  bundle: FormatBundle,
  labels: readonly string[],
  tally: Tally,
): FormatBundle {
  const wanted = new Set(labels);
  return {
    ...bundle,
    labels: bundle.labels.filter((l) => wanted.has(l)),
    documents: bundle.documents.map((doc) => keepInDocument(doc, wanted, tally)),
  };
}

function keepInDocument(
  doc: FormatDocument,
  wanted: ReadonlySet<string>,
  tally: Tally,
): FormatDocument {
  const spans = doc.spans.filter((s) => wanted.has(s.label));
  if (spans.length === doc.spans.length) return doc;
  const left = new Set(doc.spans.filter((s) => !wanted.has(s.label)).map((s) => s.id));
  const gone = (id: string | undefined): boolean => id !== undefined && left.has(id);
  const relations = doc.relations.filter((r) => !gone(r.from) && !gone(r.to));
  const stances = doc.stances.filter(
    (s) =>
      !s.evidence.some(gone) &&
      !(s.holder?.kind === 'span' && gone(s.holder.spanId)) &&
      !(s.target?.kind === 'span' && gone(s.target.spanId)),
  );
  const events = (doc.events ?? []).filter(
    (e) => !gone(e.trigger) && !e.arguments.some((a) => gone(a.ref)),
  );
  const equivalences = (doc.equivalences ?? [])
    .map((q) => ({ ...q, members: q.members.filter((m) => !gone(m)) }))
    .filter((q) => q.members.length >= 2);
  tally.add('span left out by --labels', doc.spans.length - spans.length);
  tally.add('relation left out with a span (--labels)', doc.relations.length - relations.length);
  tally.add('stance left out with a span (--labels)', doc.stances.length - stances.length);
  tally.add('event left out with a span (--labels)', (doc.events?.length ?? 0) - events.length);
  return {
    ...doc,
    spans,
    relations,
    stances,
    ...(doc.events ? { events } : {}),
    ...(doc.equivalences ? { equivalences } : {}),
  };
}
