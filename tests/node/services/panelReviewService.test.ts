import { describe, expect, it } from 'vitest';
import { describeVotes } from '../../../src/shared/review';
import { spanOver, writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { layerOnDisk } from '../../helpers/layerOnDisk';
import { projectWith } from '../../helpers/tempProject';

const TEXT = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad on Friday.';
const panel = ['alice', 'bob', 'carol'];

async function panelProject() {
  const { dir, workbench } = await projectWith(
    { 'a.txt': TEXT, 'b.txt': `${TEXT} Again.` },
    'lena',
  );
  const write = (annotator: string, spans: [string, string][]) =>
    writeAnnotatorLayer(
      workbench.store,
      'a',
      annotator,
      spans.map(([needle, label], i) => spanOver(TEXT, needle, label, `${annotator[0]}${i}`)),
    );
  await write('alice', [
    ['Mike Pompeo', 'PERSON'],
    ['Adel Abdul-Mahdi', 'PERSON'],
    ['Baghdad', 'GPE'],
  ]);
  await write('bob', [
    ['Mike Pompeo', 'PERSON'],
    ['Adel Abdul-Mahdi', 'ORG'],
    ['Baghdad', 'GPE'],
    ['Friday', 'DATE'],
  ]);
  await write('carol', [
    ['Mike Pompeo', 'PERSON'],
    ['Adel Abdul-Mahdi', 'PERSON'],
  ]);
  const goldSpans = async () =>
    (await layerOnDisk(dir, 'gold', 'a')).spans
      .map((s) => `${s.label} ${TEXT.slice(s.fragments[0]!.start, s.fragments[0]!.end)}`)
      .sort();
  return { workbench, goldSpans };
}

describe('PanelReviewService', () => {
  it('shows each candidate with who of the three marked it', async () => {
    const { workbench } = await panelProject();
    const review = await workbench.panelReview({ documentId: 'a', annotators: panel });
    expect(review.candidates.map((c) => `${c.id} ${describeVotes(c)}`)).toEqual([
      'PERSON@0-11 3 of 3: alice, bob, carol',
      'ORG@16-32 1 of 3: bob',
      'PERSON@16-32 2 of 3: alice, carol',
      'GPE@36-43 2 of 3: alice, bob',
      'DATE@47-53 1 of 3: bob',
    ]);
    expect(review.gold).toEqual({ status: 'todo', spanCount: 0, stanceCount: 0 });
  });

  it('accepts the majority into gold as one undoable step', async () => {
    const { workbench, goldSpans } = await panelProject();
    const review = await workbench.acceptMajority({ documentId: 'a', annotators: panel });
    expect(await goldSpans()).toEqual([
      'GPE Baghdad',
      'PERSON Adel Abdul-Mahdi',
      'PERSON Mike Pompeo',
    ]);
    expect(review.candidates.filter((c) => c.inGold).map((c) => c.id)).toEqual([
      'PERSON@0-11',
      'PERSON@16-32',
      'GPE@36-43',
    ]);
    await workbench.undo({});
    expect(await goldSpans()).toEqual([]);
  });

  it('accepts a minority candidate and rejects a majority one', async () => {
    const { workbench, goldSpans } = await panelProject();
    const ref = { documentId: 'a', annotators: panel };
    await workbench.acceptMajority(ref);
    await workbench.decideCandidate({ ...ref, candidateId: 'DATE@47-53', decision: 'accept' });
    await workbench.decideCandidate({ ...ref, candidateId: 'GPE@36-43', decision: 'reject' });
    expect(await goldSpans()).toEqual([
      'DATE Friday',
      'PERSON Adel Abdul-Mahdi',
      'PERSON Mike Pompeo',
    ]);
  });

  it('counts only the annotators with a layer on the document, for votes and majority too', async () => {
    const { workbench } = await panelProject();
    // dora annotated the other document only: she is no member of this document's panel.
    await writeAnnotatorLayer(workbench.store, 'b', 'dora', [
      spanOver(TEXT, 'Friday', 'DATE', 'd0'),
    ]);
    const review = await workbench.panelReview({
      documentId: 'a',
      annotators: [...panel, 'dora'],
    });
    expect(review.annotators).toEqual(panel);
    expect(review.candidates.map((c) => `${c.id} ${describeVotes(c)} ${c.majority}`)).toEqual([
      'PERSON@0-11 3 of 3: alice, bob, carol true',
      'ORG@16-32 1 of 3: bob false',
      'PERSON@16-32 2 of 3: alice, carol true',
      'GPE@36-43 2 of 3: alice, bob true',
      'DATE@47-53 1 of 3: bob false',
    ]);
    const other = await workbench.panelReview({
      documentId: 'b',
      annotators: [...panel, 'dora'],
    });
    expect(other.annotators).toEqual(['dora']);
  });

  it('refuses gold in the panel, an unknown annotator and an unknown candidate', async () => {
    const { workbench } = await panelProject();
    await expect(
      workbench.panelReview({ documentId: 'a', annotators: ['alice', 'gold'] }),
    ).rejects.toThrow(/gold cannot be one of them/);
    await expect(
      workbench.panelReview({ documentId: 'a', annotators: ['alice', 'zed'] }),
    ).rejects.toThrow(/zed/);
    await expect(
      workbench.decideCandidate({
        documentId: 'a',
        annotators: panel,
        candidateId: 'PERSON@1-2',
        decision: 'accept',
      }),
    ).rejects.toThrow(/reload the review/);
  });
});
