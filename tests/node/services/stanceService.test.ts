import { describe, expect, it } from 'vitest';
import { projectWith } from '../../helpers/tempProject';

const TEXT =
  'State Department spokeswoman Morgan Ortagus said the US presence in Iraq is "a force for good in the Middle East".';

describe('stances', () => {
  it('records holder, topic target, polarity and evidence; edits and deletes with undo', async () => {
    const { workbench } = await projectWith({ 'a.txt': TEXT });
    const add = async (needle: string, label: string) => {
      const start = TEXT.indexOf(needle);
      return (
        await workbench.addSpan({
          documentId: 'a',
          label,
          fragments: [{ start, end: start + needle.length }],
        })
      ).changes[0]!.upserted[0]!.id;
    };
    const holder = await add('Morgan Ortagus', 'PERSON');
    const evidence = await add('"a force for good in the Middle East"', 'QUOTE');
    const result = await workbench.addStance({
      documentId: 'a',
      holder: { kind: 'span', spanId: holder },
      target: { kind: 'topic', topicId: 'us-troop-presence' },
      polarity: 'FAVOR',
      evidence: [evidence],
    });
    const stance = result.changes[0]!.stancesUpserted[0]!;
    expect(stance).toMatchObject({ polarity: 'FAVOR', evidence: [evidence], author: 'tester' });
    await workbench.updateStance({
      documentId: 'a',
      stanceId: stance.id,
      polarity: 'AGAINST',
      note: 'irony?',
    });
    expect((await workbench.openDocument({ documentId: 'a' })).layer.stances[0]).toMatchObject({
      polarity: 'AGAINST',
      note: 'irony?',
    });
    // Named by its text and the stance by holder, polarity and target: no id for a window to hide.
    await expect(workbench.deleteSpan({ documentId: 'a', spanId: evidence })).rejects.toThrow(
      '“"a force for good in the Middle East"” is the evidence of the stance Morgan Ortagus AGAINST US troop presence in Iraq: delete that stance first (Stances, beside the text)',
    );
    await workbench.deleteStance({ documentId: 'a', stanceId: stance.id });
    expect((await workbench.openDocument({ documentId: 'a' })).layer.stances).toEqual([]);
    await workbench.undo({});
    await workbench.undo({});
    expect((await workbench.openDocument({ documentId: 'a' })).layer.stances[0]).toMatchObject({
      polarity: 'FAVOR',
    });
  });

  it('refuses unknown polarities, topics and evidence', async () => {
    const { workbench } = await projectWith({ 'a.txt': TEXT });
    const span = (
      await workbench.addSpan({
        documentId: 'a',
        label: 'QUOTE',
        fragments: [{ start: 0, end: 5 }],
      })
    ).changes[0]!.upserted[0]!.id;
    await expect(
      workbench.addStance({ documentId: 'a', polarity: 'MAYBE', evidence: [span] }),
    ).rejects.toThrow(/polarity/);
    await expect(
      workbench.addStance({ documentId: 'a', polarity: 'FAVOR', evidence: ['s_none'] }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      workbench.addStance({
        documentId: 'a',
        polarity: 'FAVOR',
        evidence: [span],
        target: { kind: 'topic', topicId: 'nope' },
      }),
    ).rejects.toThrow(/topic/);
  });

  it('sets and clears document-level labels, undoably', async () => {
    const { workbench } = await projectWith({ 'a.txt': TEXT });
    await workbench.setDocumentLabel({
      documentId: 'a',
      name: 'source type',
      value: 'news agency',
    });
    expect((await workbench.openDocument({ documentId: 'a' })).layer.documentLabels).toEqual({
      'source type': 'news agency',
    });
    await expect(
      workbench.setDocumentLabel({ documentId: 'a', name: 'source type', value: 'blog' }),
    ).rejects.toThrow(/not a value/);
    await workbench.setDocumentLabel({ documentId: 'a', name: 'source type', value: null });
    expect((await workbench.openDocument({ documentId: 'a' })).layer.documentLabels).toEqual({});
    await workbench.undo({});
    expect((await workbench.openDocument({ documentId: 'a' })).layer.documentLabels).toEqual({
      'source type': 'news agency',
    });
  });
});
