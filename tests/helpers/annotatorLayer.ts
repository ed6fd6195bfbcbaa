import type { ProjectFolder } from '../../src/node';
import { emptyLayer, type Span, type Stance } from '../../src/shared/model';
import { span } from './span';

const T = '2026-01-01T00:00:00.000Z';

/** A span over the first occurrence of `needle` in `text`, in code points. */
export function spanOver(text: string, needle: string, label: string, id: string): Span {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} is not in the text`);
  const start = [...text.slice(0, at)].length;
  return span(start, start + [...needle].length, label, id);
}

/** A stance toward a topic with the given evidence spans. */
export function topicStance(
  id: string,
  polarity: string,
  evidence: readonly Span[],
  topicId = 'us-troop-presence',
): Stance {
  return {
    id,
    polarity,
    evidence: evidence.map((s) => s.id),
    target: { kind: 'topic', topicId },
    author: 'tester',
    createdAt: T,
    updatedAt: T,
  };
}

/** Writes one annotator's layer of a document straight to the store, as a teammate's copied folder would arrive. */
export async function writeAnnotatorLayer(
  store: ProjectFolder,
  documentId: string,
  annotator: string,
  spans: readonly Span[],
  stances: readonly Stance[] = [],
): Promise<void> {
  const meta = store.getDocument(documentId);
  const base = emptyLayer(documentId, meta.textHash, annotator);
  const layer = {
    ...base,
    status: 'done' as const,
    spans: spans.map((s) => ({ ...s, author: annotator })),
    stances: stances.map((s) => ({ ...s, author: annotator })),
  };
  await store.commit({ layers: [{ layer }] });
  await store.flush();
}

/**
 * Two teammates' layers of the same document that agree on Iraq (GPE) and disagree on Mike
 * Pompeo (PERSON against ORG): one agreement figure below 1 and one item to adjudicate.
 */
export async function writeDisagreeingLayers(
  store: ProjectFolder,
  documentId: string,
  text: string,
): Promise<void> {
  await writeAnnotatorLayer(store, documentId, 'amira', [
    spanOver(text, 'Iraq', 'GPE', 'a1'),
    spanOver(text, 'Mike Pompeo', 'PERSON', 'a2'),
  ]);
  await writeAnnotatorLayer(store, documentId, 'omar', [
    spanOver(text, 'Iraq', 'GPE', 'o1'),
    spanOver(text, 'Mike Pompeo', 'ORG', 'o2'),
  ]);
}

/**
 * The seed corpus's review team: amira and omar on the second document (agreeing on Iraq and a
 * quote with a stance against troop withdrawal each; disagreeing on Mike Pompeo, "(The) United
 * States", Friday and Iranian) and on the first (Mike Pompeo, both), and with `sam`, a third
 * annotator on the second. Exact match, amira against omar: span F1 0.500.
 */
export async function writeReviewTeam(
  store: ProjectFolder,
  [d0, d1]: readonly [string, string],
  texts: readonly [string, string],
  options: { readonly sam?: boolean } = {},
): Promise<void> {
  const [t0, t1] = texts;
  const [qa, qo] = [
    spanOver(t1, 'a conversation', 'QUOTE', 'a_q'),
    spanOver(t1, 'a conversation', 'QUOTE', 'o_q'),
  ];
  const against = (id: string, evidence: Span) =>
    topicStance(id, 'AGAINST', [evidence], 'troop-withdrawal');
  await writeAnnotatorLayer(
    store,
    d1,
    'amira',
    [
      spanOver(t1, 'Iraq', 'GPE', 'a1'),
      spanOver(t1, 'Mike Pompeo', 'PERSON', 'a2'),
      spanOver(t1, 'United States', 'GPE', 'a3'),
      spanOver(t1, 'Friday', 'DATE', 'a4'),
      qa,
    ],
    [against('a_st', qa)],
  );
  await writeAnnotatorLayer(
    store,
    d1,
    'omar',
    [
      spanOver(t1, 'Iraq', 'GPE', 'o1'),
      spanOver(t1, 'Mike Pompeo', 'ORG', 'o2'),
      spanOver(t1, 'The United States', 'GPE', 'o3'),
      spanOver(t1, 'Iranian', 'NORP', 'o5'),
      qo,
    ],
    [against('o_st', qo)],
  );
  if (options.sam)
    await writeAnnotatorLayer(store, d1, 'sam', [
      spanOver(t1, 'Iraq', 'GPE', 's1'),
      spanOver(t1, 'Mike Pompeo', 'PERSON', 's2'),
      spanOver(t1, 'Iranian', 'NORP', 's5'),
    ]);
  await writeAnnotatorLayer(store, d0, 'amira', [spanOver(t0, 'Mike Pompeo', 'PERSON', 'a6')]);
  await writeAnnotatorLayer(store, d0, 'omar', [spanOver(t0, 'Mike Pompeo', 'PERSON', 'o6')]);
}
