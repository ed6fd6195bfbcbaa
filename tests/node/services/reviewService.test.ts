import { describe, expect, it } from 'vitest';
import type { Layer } from '../../../src/shared/model';
import type { ReviewDocument } from '../../../src/shared/review';
import { spanOver, topicStance, writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { layerOnDisk } from '../../helpers/layerOnDisk';
import { projectWith } from '../../helpers/tempProject';

const TEXT = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad on Friday and said "no talks".';
const pair: [string, string] = ['amira', 'omar'];

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
      spanOver(TEXT, 'Baghdad', 'GPE', 'a3'),
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
      spanOver(TEXT, 'in Baghdad', 'GPE', 'b3'),
      spanOver(TEXT, 'Friday', 'DATE', 'b4'),
      quoteB,
    ],
    [topicStance('sb', 'AGAINST', [quoteB])],
  );
  const gold = (): Promise<Layer> => layerOnDisk(dir, 'gold', 'a');
  const goldSpans = async () =>
    (await gold()).spans
      .map((s) => `${s.label} ${TEXT.slice(s.fragments[0]!.start, s.fragments[0]!.end)}`)
      .sort();
  return { workbench, gold, goldSpans };
}

function itemOf(review: ReviewDocument, cls: string, kind = 'span') {
  const item = review.items.find((i) => i.class === cls && i.kind === kind);
  if (!item) throw new Error(`no ${kind} ${cls} item`);
  return item;
}

describe('ReviewService', () => {
  it('merges both layers into classified items in text order', async () => {
    const { workbench } = await reviewProject();
    const review = await workbench.reviewDocument({ documentId: 'a', annotators: pair });
    expect(review.items.map((i) => [i.kind, i.class, i.gold])).toEqual([
      ['span', 'agreed', 'open'],
      ['span', 'label_conflict', 'open'],
      ['span', 'boundary_conflict', 'open'],
      ['span', 'b_only', 'open'],
      ['span', 'agreed', 'open'],
      ['stance', 'agreed', 'open'],
    ]);
    expect(review.gold).toEqual({ status: 'todo', spanCount: 0, stanceCount: 0 });
  });

  it('accepts all agreed items in one undoable step, and makes no step when none is open', async () => {
    const { workbench, gold, goldSpans } = await reviewProject();
    const review = await workbench.acceptAllAgreed({ documentId: 'a', annotators: pair });
    expect(await goldSpans()).toEqual(['PERSON Mike Pompeo', 'QUOTE "no talks"']);
    expect((await gold()).stances).toHaveLength(1);
    expect((await gold()).stances[0]).toMatchObject({
      polarity: 'AGAINST',
      target: { kind: 'topic', topicId: 'us-troop-presence' },
    });
    expect((await gold()).stances[0]!.evidence).toEqual([
      (await gold()).spans.find((s) => s.label === 'QUOTE')!.id,
    ]);
    expect((await gold()).status).toBe('in_progress');
    expect(review.items.filter((i) => i.class === 'agreed').every((i) => i.gold === 'both')).toBe(
      true,
    );
    expect(review.history.canUndo).toBe(true);
    await workbench.acceptAllAgreed({ documentId: 'a', annotators: pair });
    await workbench.undo({});
    expect((await gold()).spans).toEqual([]);
    expect((await gold()).stances).toEqual([]);
    expect(
      (await workbench.reviewDocument({ documentId: 'a', annotators: pair })).history.canUndo,
    ).toBe(false);
  });

  it('accept A, accept B, both and reject each leave gold holding exactly that, and undo steps back', async () => {
    const { workbench, goldSpans } = await reviewProject();
    const ask = (decision: 'accept_a' | 'accept_b' | 'accept_both' | 'reject', itemId: string) =>
      workbench.adjudicate({ documentId: 'a', annotators: pair, itemId, decision });
    const conflict = itemOf(
      await workbench.reviewDocument({ documentId: 'a', annotators: pair }),
      'label_conflict',
    ).id;
    expect(itemOf(await ask('accept_b', conflict), 'label_conflict').gold).toBe('b');
    expect(await goldSpans()).toEqual(['ORG Adel Abdul-Mahdi']);
    expect(itemOf(await ask('accept_a', conflict), 'label_conflict').gold).toBe('a');
    expect(await goldSpans()).toEqual(['PERSON Adel Abdul-Mahdi']);
    await ask('accept_both', conflict);
    expect(await goldSpans()).toEqual(['ORG Adel Abdul-Mahdi', 'PERSON Adel Abdul-Mahdi']);
    await ask('reject', conflict);
    expect(await goldSpans()).toEqual([]);
    await workbench.undo({});
    expect(await goldSpans()).toEqual(['ORG Adel Abdul-Mahdi', 'PERSON Adel Abdul-Mahdi']);
    await workbench.undo({});
    expect(await goldSpans()).toEqual(['PERSON Adel Abdul-Mahdi']);
    const boundary = itemOf(
      await workbench.reviewDocument({ documentId: 'a', annotators: pair }),
      'boundary_conflict',
    ).id;
    await ask('accept_b', boundary);
    expect(await goldSpans()).toEqual(['GPE in Baghdad', 'PERSON Adel Abdul-Mahdi']);
    const bOnly = itemOf(
      await workbench.reviewDocument({ documentId: 'a', annotators: pair }),
      'b_only',
    ).id;
    const afterA = await ask('accept_a', bOnly);
    expect(itemOf(afterA, 'b_only').gold).toBe('open');
    expect(await goldSpans()).not.toContain('DATE Friday');
  });

  it('keeps gold consistent: a span a gold stance cites cannot be rejected before the stance', async () => {
    const { workbench, gold } = await reviewProject();
    let review = await workbench.acceptAllAgreed({ documentId: 'a', annotators: pair });
    const quote = review.items.find((i) => i.kind === 'span' && i.a?.label === 'QUOTE')!;
    await expect(
      workbench.adjudicate({
        documentId: 'a',
        annotators: pair,
        itemId: quote.id,
        decision: 'reject',
      }),
    ).rejects.toThrow(
      'this QUOTE span is used by a gold stance (AGAINST): reject that stance first',
    );
    review = await workbench.adjudicate({
      documentId: 'a',
      annotators: pair,
      itemId: itemOf(review, 'agreed', 'stance').id,
      decision: 'reject',
    });
    expect((await gold()).stances).toEqual([]);
    await workbench.adjudicate({
      documentId: 'a',
      annotators: pair,
      itemId: quote.id,
      decision: 'reject',
    });
    expect((await gold()).spans.map((s) => s.label)).toEqual(['PERSON']);
  });

  it('shows gold spans of neither annotator and lets them be rejected', async () => {
    const { workbench, goldSpans } = await reviewProject();
    await writeAnnotatorLayer(workbench.store, 'a', 'gold', [spanOver(TEXT, 'met', 'MISC', 'g1')]);
    const review = await workbench.reviewDocument({ documentId: 'a', annotators: pair });
    const extra = itemOf(review, 'gold_only');
    expect(extra).toMatchObject({ id: 'gold-span:g1', gold: 'gold' });
    await workbench.adjudicate({
      documentId: 'a',
      annotators: pair,
      itemId: extra.id,
      decision: 'reject',
    });
    expect(await goldSpans()).toEqual([]);
  });

  it('refuses unknown annotators, gold as an annotator and stale items', async () => {
    const { workbench } = await reviewProject();
    await expect(
      workbench.reviewDocument({ documentId: 'a', annotators: ['amira', 'zed'] }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      workbench.reviewDocument({ documentId: 'a', annotators: ['amira', 'gold'] }),
    ).rejects.toThrow(/gold cannot be one of them/);
    await expect(
      workbench.adjudicate({
        documentId: 'a',
        annotators: pair,
        itemId: 'span:nope:',
        decision: 'accept_a',
      }),
    ).rejects.toThrow(/reload the review/);
  });

  it('lists every annotator’s status and counts per document, keeping the current annotator’s fields', async () => {
    const { workbench } = await reviewProject();
    await workbench.acceptAllAgreed({ documentId: 'a', annotators: pair });
    const [row] = await workbench.listDocuments({});
    expect(row).toMatchObject({ id: 'a', spanCount: 0, status: 'todo' });
    expect(row!.layers).toEqual([
      { annotator: 'amira', status: 'done', spanCount: 4, stanceCount: 1 },
      { annotator: 'gold', status: 'in_progress', spanCount: 2, stanceCount: 1 },
      { annotator: 'omar', status: 'done', spanCount: 5, stanceCount: 1 },
    ]);
  });

  it('reports agreement through the contract', async () => {
    const { workbench } = await reviewProject();
    const result = await workbench.agreement({ annotators: pair, match: 'exact' });
    // tp 2 (Pompeo, quote), fp 3 (ORG, "in Baghdad", DATE), fn 2 (PERSON, GPE).
    expect(result.spans.overall).toMatchObject({ tp: 2, fp: 3, fn: 2 });
    expect(result.stances).toMatchObject({ units: 1, krippendorffAlpha: null });
  });
});
