import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import type { ReviewDocument } from '../../../src/shared/review';
import { spanOver, topicStance, writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { layerOnDisk } from '../../helpers/layerOnDisk';
import { projectWith, tempDir } from '../../helpers/tempProject';

const TEXT = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad on Friday and said "no talks".';
const pair: [string, string] = ['amira', 'omar'];
const ref = { documentId: 'a', annotators: pair };

/** Amira and Omar disagree on Abdul-Mahdi's label and on a stance's polarity; both mark Pompeo. */
async function reviewProject() {
  const { dir, workbench } = await projectWith({ 'a.txt': TEXT }, 'lena');
  const quoteA = spanOver(TEXT, '"no talks"', 'QUOTE', 'a5');
  const quoteB = spanOver(TEXT, '"no talks"', 'QUOTE', 'b5');
  await writeAnnotatorLayer(
    workbench.store,
    'a',
    'amira',
    [
      spanOver(TEXT, 'Mike Pompeo', 'PERSON', 'a1'),
      spanOver(TEXT, 'Adel Abdul-Mahdi', 'PERSON', 'a2'),
      quoteA,
    ],
    [topicStance('sa', 'AGAINST', [quoteA])],
  );
  await writeAnnotatorLayer(
    workbench.store,
    'a',
    'omar',
    [
      spanOver(TEXT, 'Mike Pompeo', 'PERSON', 'b1'),
      spanOver(TEXT, 'Adel Abdul-Mahdi', 'ORG', 'b2'),
      quoteB,
    ],
    [topicStance('sb', 'FAVOR', [quoteB])],
  );
  return { dir, workbench, gold: () => layerOnDisk(dir, 'gold', 'a') };
}

function itemOf(review: ReviewDocument, cls: string, kind = 'span') {
  const item = review.items.find((i) => i.class === cls && i.kind === kind);
  if (!item) throw new Error(`no ${kind} ${cls} item`);
  return item;
}

describe('rejections kept in gold', () => {
  it('records a rejected item in gold, so a new visit and a fresh reader find it rejected, not open', async () => {
    const { dir, workbench, gold } = await reviewProject();
    const item = itemOf(await workbench.reviewDocument(ref), 'label_conflict');
    const after = await workbench.adjudicate({ ...ref, itemId: item.id, decision: 'reject' });
    expect(after.items.find((i) => i.id === item.id)?.gold).toBe('rejected');
    expect((await gold()).rejected).toEqual([
      {
        id: 'span:amira:a2',
        kind: 'span',
        annotator: 'amira',
        itemId: 'a2',
        label: 'PERSON',
        fragments: [{ start: 16, end: 32 }],
      },
      {
        id: 'span:omar:b2',
        kind: 'span',
        annotator: 'omar',
        itemId: 'b2',
        label: 'ORG',
        fragments: [{ start: 16, end: 32 }],
      },
    ]);
    const reopened = await createWorkbench(dir, { userFolder: tempDir(), access: 'read' });
    const again = await reopened.reviewDocument(ref);
    expect(again.items.map((i) => [i.kind, i.class, i.gold])).toEqual([
      ['span', 'agreed', 'open'],
      ['span', 'label_conflict', 'rejected'],
      ['span', 'agreed', 'open'],
      ['stance', 'label_conflict', 'open'],
    ]);
  });

  it('undo removes a rejection from gold and redo puts it back', async () => {
    const { workbench, gold } = await reviewProject();
    const item = itemOf(await workbench.reviewDocument(ref), 'label_conflict', 'stance');
    await workbench.adjudicate({ ...ref, itemId: item.id, decision: 'reject' });
    expect((await gold()).rejected?.map((r) => r.id)).toEqual([
      'stance:amira:sa',
      'stance:omar:sb',
    ]);
    await workbench.undo({});
    expect((await gold()).rejected).toBeUndefined();
    expect(itemOf(await workbench.reviewDocument(ref), 'label_conflict', 'stance').gold).toBe(
      'open',
    );
    await workbench.redo({});
    expect((await gold()).rejected).toHaveLength(2);
    expect(itemOf(await workbench.reviewDocument(ref), 'label_conflict', 'stance').gold).toBe(
      'rejected',
    );
  });

  it("accepting a version lifts its rejection and leaves the other's", async () => {
    const { workbench, gold } = await reviewProject();
    const item = itemOf(await workbench.reviewDocument(ref), 'label_conflict');
    await workbench.adjudicate({ ...ref, itemId: item.id, decision: 'reject' });
    const after = await workbench.adjudicate({ ...ref, itemId: item.id, decision: 'accept_b' });
    expect(after.items.find((i) => i.id === item.id)?.gold).toBe('b');
    expect((await gold()).rejected?.map((r) => r.id)).toEqual(['span:amira:a2']);
    expect((await gold()).spans.map((s) => s.label)).toEqual(['ORG']);
  });

  it('accept all agreed leaves a rejected agreed item rejected', async () => {
    const { workbench, gold } = await reviewProject();
    const pompeo = itemOf(await workbench.reviewDocument(ref), 'agreed');
    await workbench.adjudicate({ ...ref, itemId: pompeo.id, decision: 'reject' });
    const after = await workbench.acceptAllAgreed(ref);
    expect(after.items.find((i) => i.id === pompeo.id)?.gold).toBe('rejected');
    expect((await gold()).spans.map((s) => s.label)).toEqual(['QUOTE']);
  });

  it('adjudication among a panel keeps a rejected candidate rejected, and accepting it lifts that', async () => {
    const { workbench, gold } = await reviewProject();
    const panel = { documentId: 'a', annotators: ['amira', 'omar'] };
    const review = await workbench.decideCandidate({
      ...panel,
      candidateId: 'PERSON@16-32',
      decision: 'reject',
    });
    expect(review.candidates.find((c) => c.id === 'PERSON@16-32')).toMatchObject({
      inGold: false,
      rejected: true,
    });
    expect((await gold()).rejected?.map((r) => r.id)).toEqual(['span:amira:a2']);
    // The pairwise review reads the same record: amira's version is rejected, omar's open.
    const pairwise = itemOf(await workbench.reviewDocument(ref), 'label_conflict');
    expect(pairwise.gold).toBe('open');
    const accepted = await workbench.decideCandidate({
      ...panel,
      candidateId: 'PERSON@16-32',
      decision: 'accept',
    });
    expect(accepted.candidates.find((c) => c.id === 'PERSON@16-32')).toMatchObject({
      inGold: true,
      rejected: false,
    });
    expect((await gold()).rejected).toBeUndefined();
  });
});
