import { describe, expect, it } from 'vitest';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import { visitHistory } from '../../../src/renderer/src/model/decisionList';
import { ReviewStore } from '../../../src/renderer/src/model/reviewStore';
import type { Span } from '../../../src/shared/model';
import { reviewSpans, spanKey, type ReviewDocument } from '../../../src/shared/review';
import { span } from '../../helpers/span';
import { fakeWorkbench } from '../helpers/fakeWorkbench';
import { editResult } from '../helpers/modelData';

const A = [span(0, 5, 'PERSON', 'a1'), span(10, 15, 'PERSON', 'a2'), span(20, 25, 'GPE', 'a3')];
const B = [span(0, 5, 'PERSON', 'b1'), span(10, 15, 'ORG', 'b2')];

/**
 * A review of A against B whose gold is whatever was accepted, and whose rejections gold
 * records; undo drops the last decision, then undoes the project's `edits` made before the
 * review (and redo makes them again).
 */
function reviewWorkbench(edits = { before: 0, undone: 0 }) {
  let gold: Span[] = [];
  let rejected: string[] = [];
  const decided: (() => void)[] = [];
  const undone: number[] = [];
  const review = (): ReviewDocument => ({
    document: { id: 'd1', name: 'd1.txt', text: 'x'.repeat(30), length: 30 },
    annotators: ['amira', 'omar'],
    items: reviewSpans(A, B, gold, new Set(rejected)),
    gold: { status: 'in_progress', spanCount: gold.length, stanceCount: 0 },
    history: {
      canUndo: decided.length + edits.before > 0,
      canRedo: undone.length + edits.undone > 0,
    },
  });
  const fake = fakeWorkbench({
    reviewDocument: review,
    adjudicate: ({ itemId, decision }) => {
      const item = reviewSpans(A, B, gold, new Set(rejected)).find((i) => i.id === itemId);
      if (item?.kind !== 'span') return review();
      if (decision === 'accept_a' && item.a) {
        gold = [...gold, item.a];
        decided.push(() => (gold = gold.slice(0, -1)));
      }
      if (decision === 'reject') {
        const before = rejected;
        const versions = [item.a, item.b].filter((v) => v !== null);
        rejected = [...rejected, ...versions.map(spanKey)];
        decided.push(() => (rejected = before));
      }
      return review();
    },
    undo: () => {
      if (decided.length === 0 && edits.before > 0) {
        edits.before--;
        edits.undone++;
        return editResult([]);
      }
      const last = decided.pop();
      if (!last) return null; // nothing to undo
      last();
      undone.push(1);
      return editResult([]);
    },
    redo: () => {
      if (edits.undone === 0) return null;
      edits.undone--;
      edits.before++;
      return editResult([]);
    },
  });
  return new ReviewStore(fake.client, new NotificationsStore(), (text) => said.push(text));
}

/** What the store said for screen readers, in order. */
const said: string[] = [];

async function started(edits?: { before: number; undone: number }): Promise<ReviewStore> {
  said.length = 0;
  const review = reviewWorkbench(edits);
  review.start('d1', ['amira', 'omar']);
  await review.reload();
  return review;
}

describe('ReviewStore', () => {
  it('selects the first open item when a review starts', async () => {
    const review = await started();
    expect(review.snapshot.review?.items).toHaveLength(3);
    expect(review.snapshot.selectedId).toBe('span:a1:b1');
  });

  it('decides the selected item, then selects the next undecided one', async () => {
    const review = await started();
    await review.decide('accept_a');
    expect(review.snapshot.review?.gold.spanCount).toBe(1);
    expect(review.snapshot.selectedId).toBe('span:a2:b2');
  });

  it('remembers a rejection whose gold stays empty, and skips it when moving on', async () => {
    const review = await started();
    review.select('span:a2:b2');
    await review.decide('reject');
    expect([...review.snapshot.rejected]).toEqual(['span:a2:b2']);
    expect(review.snapshot.selectedId).toBe('span:a3:');
  });

  it("takes B's version of an item only A has as leaving it out of gold, and says so", async () => {
    const review = await started();
    review.select('span:a3:');
    await review.decide('accept_b');
    expect([...review.snapshot.rejected]).toEqual(['span:a3:']);
    expect(review.snapshot.done).toMatchObject([{ id: 'span:a3:', decision: 'reject' }]);
    expect(said.at(-1)).toMatch(
      /^Accepted B's version: none, so GPE “x+” stays out of gold\. \d+ open of 3$/,
    );
  });

  it('undoes the last step: gold and the rejected list go back', async () => {
    const review = await started();
    await review.decide('accept_a');
    await review.undo();
    expect(review.snapshot.review?.gold.spanCount).toBe(0);
    expect(review.snapshot.done).toEqual([]);
    expect(review.snapshot.undone).toMatchObject([{ id: 'span:a1:b1', decision: 'accept_a' }]);
  });

  it('says each decision and undo with what stays open, and when there is nothing to undo', async () => {
    const review = await started();
    await review.undo();
    await review.decide('accept_a');
    await review.undo();
    review.select('span:a2:b2');
    await review.decide('reject');
    expect(said).toEqual([
      'Nothing to undo',
      "Accepted A's version: PERSON “xxxxx”. 2 open of 3",
      "Undid: accepted A's version: PERSON “xxxxx”. 3 open of 3",
      'Rejected PERSON “xxxxx”. 2 open of 3',
    ]);
  });

  // With nothing decided yet, Ctrl+Z in a review undid the project's last edit (an annotation
  // of the document, made before the review), and Ctrl+Shift+Z redid one undone before it.
  it("undoes and redoes only the visit's decisions, never an edit made before it", async () => {
    const edits = { before: 1, undone: 1 };
    const review = await started(edits);
    expect(visitHistory(review.snapshot, review.snapshot.review?.history)).toEqual({
      canUndo: false,
      canRedo: false,
    });
    await review.undo();
    await review.redo();
    expect(edits).toEqual({ before: 1, undone: 1 });
    expect(said).toEqual(['Nothing to undo', 'Nothing to redo']);
    await review.decide('accept_a');
    expect(visitHistory(review.snapshot, review.snapshot.review?.history).canUndo).toBe(true);
    await review.undo();
    await review.undo();
    expect(review.snapshot.review?.gold.spanCount).toBe(0);
    expect(edits).toEqual({ before: 1, undone: 1 });
    expect(said.slice(-1)).toEqual(['Nothing to undo']);
  });

  it('moves within the items without wrapping', async () => {
    const review = await started();
    review.move(-1);
    expect(review.snapshot.selectedId).toBe('span:a1:b1');
    review.move(5);
    expect(review.snapshot.selectedId).toBe('span:a3:');
  });

  // J and K gave the keyboard to the next card, which a screen reader read, but nothing said
  // where in the list it was, as a move between documents says "document 2 of 5".
  it('says where each move went, and when it stays at an end', async () => {
    const review = await started();
    review.move(1);
    review.move(1);
    review.move(1);
    review.move(-1);
    review.move(-5);
    review.move(-1);
    expect(said).toEqual([
      'Item 2 of 3',
      'Item 3 of 3',
      'Item 3 of 3, the last',
      'Item 2 of 3',
      'Item 1 of 3',
      'Item 1 of 3, the first',
    ]);
  });

  // No key went to the next disagreement still open: J and K stop at agreed items too.
  it('goes round the open disagreements only, saying which, then that none is left', async () => {
    const review = await started();
    review.moveToDisagreement(1);
    review.moveToDisagreement(1);
    review.moveToDisagreement(1);
    review.moveToDisagreement(-1);
    expect(said).toEqual([
      'Item 2 of 3: open disagreement 1 of 2',
      'Item 3 of 3: open disagreement 2 of 2',
      'Item 2 of 3: open disagreement 1 of 2, going round',
      'Item 3 of 3: open disagreement 2 of 2, going round',
    ]);
    await review.decide('reject');
    review.moveToDisagreement(1);
    expect(said.at(-1)).toBe('Item 2 of 3: open disagreement 1 of 1');
    review.moveToDisagreement(1);
    expect(said.at(-1)).toBe('Item 2 of 3: open disagreement 1 of 1, the only one');
    await review.decide('reject');
    const at = review.snapshot.selectedId;
    review.moveToDisagreement(-1);
    expect(said.at(-1)).toBe('No open disagreements left');
    expect(review.snapshot.selectedId).toBe(at);
  });
});
