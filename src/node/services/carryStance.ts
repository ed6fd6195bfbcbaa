import type { RequestOf } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract';
import { newId, type Holder, type Span, type Stance, type Target } from '../../shared/model';
import { findOccurrences } from '../../shared/search';
import { itemAt } from '../../shared/collections';
import { createOffsetIndex } from '../../shared/spans';
import type { ProjectFolder } from '../store';
import type { TransactionBuilder } from './transactionBuilder';
import { documentInWords } from './documentInWords';

/**
 * Plans carrying a stance to a near-identical passage of another document: a new evidence
 * span there with the same label, and the same stance. Entity and topic holders/targets
 * carry as they are; a span holder/target carries as its entity, or as a span over the
 * same words in the other document when they occur there, or is left out.
 */
export async function planCarryStance(
  b: TransactionBuilder,
  store: ProjectFolder,
  request: RequestOf<'carryStance'>,
): Promise<void> {
  const source = await b.layer(request.documentId);
  const stance = source.stances.get(request.stanceId);
  if (!stance)
    throw new WorkbenchError(
      'not_found',
      `no stance ${request.stanceId} in document ${request.documentId}`,
    );
  const evidenceId = itemAt(stance.evidence, 0);
  const evidence = source.spans.get(evidenceId);
  if (!evidence)
    throw new WorkbenchError(
      'not_found',
      `stance ${request.stanceId} cites span ${evidenceId}, which is not in document ${request.documentId}`,
    );
  const to = request.to;
  const length = store.getDocument(to.documentId).length;
  if (to.start >= to.end || to.end > length)
    throw new WorkbenchError(
      'invalid_request',
      `the passage [${to.start}, ${to.end}) is not inside ${await documentInWords(store, to.documentId)} (${length} characters)`,
    );
  const sourceText = await store.readText(request.documentId);
  const targetText = await store.readText(to.documentId);
  const sourceIndex = createOffsetIndex(sourceText);
  // A carried reference is an entity or a span, which both a holder and a target may be.
  const carryRef = async <R extends Holder | Target>(
    ref: R | undefined,
  ): Promise<R | Holder | undefined> => {
    if (!ref || ref.kind !== 'span') return ref;
    const span = source.spans.get(ref.spanId);
    if (!span) return undefined;
    if (span.entityId) return { kind: 'entity', entityId: span.entityId };
    const f = itemAt(span.fragments, 0);
    const words = sourceText.slice(sourceIndex.toUtf16(f.start), sourceIndex.toUtf16(f.end));
    const found = findOccurrences(targetText, words)[0];
    if (!found) return undefined;
    const target = await b.layer(to.documentId);
    const existing = [...target.spans.values()].find(
      (s) =>
        s.label === span.label &&
        s.fragments.length === 1 &&
        s.fragments[0]?.start === found.start &&
        s.fragments[0]?.end === found.end,
    );
    if (existing) return { kind: 'span', spanId: existing.id };
    const created: Span = {
      id: newId('s'),
      label: span.label,
      fragments: [{ start: found.start, end: found.end }],
      author: b.annotator,
      createdAt: b.now,
      updatedAt: b.now,
    };
    await b.putSpan(to.documentId, created.id, created);
    return { kind: 'span', spanId: created.id };
  };
  const span: Span = {
    id: newId('s'),
    label: evidence.label,
    fragments: [{ start: to.start, end: to.end }],
    author: b.annotator,
    createdAt: b.now,
    updatedAt: b.now,
  };
  await b.putSpan(to.documentId, span.id, span);
  const holder = await carryRef(stance.holder);
  const target = await carryRef(stance.target);
  const carried: Stance = {
    id: newId('st'),
    polarity: stance.polarity,
    evidence: [span.id],
    author: b.annotator,
    createdAt: b.now,
    updatedAt: b.now,
    ...(holder ? { holder } : {}),
    ...(target ? { target } : {}),
    note: [stance.note, `carried from ${request.documentId}`].filter(Boolean).join(' — '),
  };
  await b.putStance(to.documentId, carried.id, carried);
}
