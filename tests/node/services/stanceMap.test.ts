import { describe, expect, it } from 'vitest';
import { projectWith } from '../../helpers/tempProject';

const TEXT = 'Iraq wants the troops out, officials said.';

/** A project whose user recorded one stance, without a holder, quoting its document. */
async function withOneStance() {
  const { workbench } = await projectWith({ 'a.txt': TEXT });
  const quote = 'Iraq wants the troops out';
  const evidence = (
    await workbench.addSpan({
      documentId: 'a',
      label: 'QUOTE',
      fragments: [{ start: 0, end: quote.length }],
    })
  ).changes[0]!.upserted[0]!.id;
  await workbench.addStance({
    documentId: 'a',
    target: { kind: 'topic', topicId: 'us-troop-presence' },
    polarity: 'AGAINST',
    evidence: [evidence],
  });
  return workbench;
}

describe('stanceMap', () => {
  it('names a stance without a holder as the stance form does: "No named holder"', async () => {
    const workbench = await withOneStance();
    const map = await workbench.stanceMap({});
    expect(map.annotator).not.toBeNull();
    expect(map.holders).toEqual(['No named holder']);
    expect(map.cells).toEqual([
      expect.objectContaining({
        holder: 'No named holder',
        target: 'US troop presence in Iraq',
        counts: { AGAINST: 1 },
      }),
    ]);
  });

  it("maps the annotator the request names: a teammate's layers, not the user's", async () => {
    const workbench = await withOneStance();
    const mine = await workbench.stanceMap({});
    const theirs = await workbench.stanceMap({ annotator: 'someone' });
    expect(mine.cells).toHaveLength(1);
    expect(theirs).toMatchObject({ annotator: 'someone', cells: [], holders: [] });
  });
});
