import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReviewDecision, ReviewDocument } from '../../../../../shared/review';
import { workbench } from '../../../bridge';

/** One step this view took: a decision on an item, or accepting every agreed item ('*'). */
interface Step {
  readonly itemId: string;
  readonly decision: ReviewDecision;
}

/** A document in review and the decisions that write its gold layer. */
export interface ReviewSession {
  readonly review: ReviewDocument | null;
  /**
   * Items rejected in this visit whose gold is still empty. A rejection leaves nothing in gold,
   * so only this view can tell a rejected item from an undecided one.
   */
  readonly rejected: ReadonlySet<string>;
  decide(itemId: string, decision: ReviewDecision): Promise<void>;
  acceptAllAgreed(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** Loads the review of one document by two annotators; every decision reloads it from the answer. */
export function useReview(
  documentId: string,
  annotators: readonly [string, string],
  onError: (error: unknown) => void,
): ReviewSession {
  const [review, setReview] = useState<ReviewDocument | null>(null);
  const [done, setDone] = useState<readonly Step[]>([]);
  const [undone, setUndone] = useState<readonly Step[]>([]);
  const [a, b] = annotators;
  const request = useCallback(
    () => ({ documentId, annotators: [a, b] as [string, string] }),
    [documentId, a, b],
  );

  const reload = useCallback(
    async () => setReview(await workbench().reviewDocument(request())),
    [request],
  );

  useEffect(() => {
    setReview(null);
    setDone([]);
    setUndone([]);
    reload().catch(onError);
  }, [reload, onError]);

  const record = useCallback((step: Step) => {
    setDone((steps) => [...steps, step]);
    setUndone([]);
  }, []);
  const decide = useCallback(
    async (itemId: string, decision: ReviewDecision) => {
      setReview(await workbench().adjudicate({ ...request(), itemId, decision }));
      record({ itemId, decision });
    },
    [request, record],
  );
  const acceptAllAgreed = useCallback(async () => {
    // The workbench makes no step when nothing agreed is open; neither does this view.
    const any = review?.items.some((i) => i.class === 'agreed' && i.gold === 'open') ?? false;
    setReview(await workbench().acceptAllAgreed(request()));
    if (any) record({ itemId: '*', decision: 'accept_a' });
  }, [request, record, review]);
  const undo = useCallback(async () => {
    await workbench().undo({});
    await reload();
    const last = done.at(-1);
    if (!last) return;
    setDone(done.slice(0, -1));
    setUndone([...undone, last]);
  }, [reload, done, undone]);
  const redo = useCallback(async () => {
    await workbench().redo({});
    await reload();
    const next = undone.at(-1);
    if (!next) return;
    setUndone(undone.slice(0, -1));
    setDone([...done, next]);
  }, [reload, done, undone]);

  const rejected = useMemo(() => {
    const last = new Map(done.map((step) => [step.itemId, step.decision]));
    const open = new Set(review?.items.filter((i) => i.gold === 'open').map((i) => i.id));
    return new Set(
      [...last].filter(([id, decision]) => decision === 'reject' && open.has(id)).map(([id]) => id),
    );
  }, [done, review]);

  return { review, rejected, decide, acceptAllAgreed, undo, redo };
}
