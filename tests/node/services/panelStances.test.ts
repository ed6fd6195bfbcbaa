import { describe, expect, it } from 'vitest';
import { describeVotes } from '../../../src/shared/review';
import { spanOver, topicStance, writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { layerOnDisk } from '../../helpers/layerOnDisk';
import { projectWith } from '../../helpers/tempProject';

const TEXT = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad and said "no talks".';
const panel = ['alice', 'bob', 'carol'];
// '"no talks"' starts at code point 53 and ends at 63 (counted by hand: the text is ASCII).
const QUOTE_AT = '53-63';

async function stanceProject() {
  const { dir, workbench } = await projectWith({ 'a.txt': TEXT }, 'lena');
  const write = (annotator: string, polarity: string) => {
    const quote = spanOver(TEXT, '"no talks"', 'QUOTE', `${annotator[0]}q`);
    return writeAnnotatorLayer(
      workbench.store,
      'a',
      annotator,
      [quote],
      [topicStance(`${annotator[0]}s`, polarity, [quote])],
    );
  };
  await write('alice', 'AGAINST');
  await write('bob', 'AGAINST');
  await write('carol', 'FAVOR');
  const gold = () => layerOnDisk(dir, 'gold', 'a');
  return { workbench, gold };
}

describe('PanelReviewService: stances', () => {
  it('lists each distinct stance with who of the panel recorded it, by evidence offsets, target, polarity and holder', async () => {
    const { workbench } = await stanceProject();
    const review = await workbench.panelReview({ documentId: 'a', annotators: panel });
    expect(
      review.stanceCandidates.map(
        (c) => `${c.version.stance.polarity} → ${c.version.target} ${describeVotes(c)}`,
      ),
    ).toEqual([
      'AGAINST → US troop presence in Iraq 2 of 3: alice, bob',
      'FAVOR → US troop presence in Iraq 1 of 3: carol',
    ]);
    expect(review.stanceCandidates.map((c) => c.id.split('/').slice(0, 2).join('/'))).toEqual([
      `stance@${QUOTE_AT}/AGAINST`,
      `stance@${QUOTE_AT}/FAVOR`,
    ]);
    expect(review.stanceCandidates.map((c) => [c.start, c.end, c.majority])).toEqual([
      [53, 63, true],
      [53, 63, false],
    ]);
  });

  it('accepts the majority stance with its evidence span (copied once), rejects it, accepts the minority one, and undoes', async () => {
    const { workbench, gold } = await stanceProject();
    const ref = { documentId: 'a', annotators: panel };
    let review = await workbench.acceptMajority(ref);
    expect((await gold()).spans.map((s) => s.label)).toEqual(['QUOTE']);
    expect((await gold()).stances.map((s) => [s.polarity, s.evidence])).toEqual([
      ['AGAINST', [(await gold()).spans[0]!.id]],
    ]);
    expect(review.stanceCandidates.map((c) => c.inGold)).toEqual([true, false]);
    const [against, favor] = review.stanceCandidates;
    review = await workbench.decideCandidate({
      ...ref,
      candidateId: against!.id,
      decision: 'reject',
    });
    review = await workbench.decideCandidate({
      ...ref,
      candidateId: favor!.id,
      decision: 'accept',
    });
    expect((await gold()).stances.map((s) => s.polarity)).toEqual(['FAVOR']);
    // The evidence span stays its own candidate: rejecting a stance leaves it in gold.
    expect((await gold()).spans.map((s) => s.label)).toEqual(['QUOTE']);
    expect(review.gold).toMatchObject({ spanCount: 1, stanceCount: 1 });
    await workbench.undo({});
    await workbench.undo({});
    expect((await gold()).stances.map((s) => s.polarity)).toEqual(['AGAINST']);
  });

  it('answers not_found for a stance candidate id it does not know', async () => {
    const { workbench } = await stanceProject();
    await expect(
      workbench.decideCandidate({
        documentId: 'a',
        annotators: panel,
        candidateId: `stance@${QUOTE_AT}/NONE/00000000`,
        decision: 'accept',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
