import { GOLD, type Rejection } from '../../shared/model';
import { rejectionKey } from '../../shared/review';
import type { GoldTarget } from './applyDecision';

/** Records rejections in gold (one per annotator's annotation: a newer record replaces its id), sorted by id. */
export async function addRejections(d: GoldTarget, records: readonly Rejection[]): Promise<void> {
  if (records.length === 0) return;
  const ids = new Set(records.map((r) => r.id));
  const kept = (d.gold.rejected ?? []).filter((r) => !ids.has(r.id));
  const next = [...kept, ...records].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  await d.b.setRejected(d.documentId, next, GOLD);
}

/**
 * Lifts gold's rejections of an annotation now accepted: every record of that kind whose
 * {@link rejectionKey} is `key` (whoever's annotation it was), so gold never holds and rejects one thing.
 */
export async function liftRejections(
  d: GoldTarget,
  kind: Rejection['kind'],
  key: string,
): Promise<void> {
  const rejected = d.gold.rejected ?? [];
  const next = rejected.filter((r) => r.kind !== kind || rejectionKey(r) !== key);
  if (next.length !== rejected.length) await d.b.setRejected(d.documentId, next, GOLD);
}
