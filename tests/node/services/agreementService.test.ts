import { renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench, ProjectFolder, projectAgreement } from '../../../src/node';
import { spanOver, topicStance, writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { projectWith, tempDir } from '../../helpers/tempProject';

const A = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad.';
const B = 'Iraq asked the US to leave.';
const C = 'Nothing here.';

/**
 * amira: PERSON "Mike Pompeo", PERSON "Adel Abdul-Mahdi", GPE "Baghdad" in a; GPE "Iraq" in b.
 * omar:  PERSON "Mike Pompeo", ORG "Adel Abdul-Mahdi", GPE "in Baghdad" in a; no layer for b or c.
 */
async function twoAnnotators() {
  const { workbench } = await projectWith({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
  const store = workbench.store;
  await writeAnnotatorLayer(store, 'a', 'amira', [
    spanOver(A, 'Mike Pompeo', 'PERSON', 's1'),
    spanOver(A, 'Adel Abdul-Mahdi', 'PERSON', 's2'),
    spanOver(A, 'Baghdad', 'GPE', 's3'),
  ]);
  await writeAnnotatorLayer(store, 'b', 'amira', [spanOver(B, 'Iraq', 'GPE', 's4')]);
  await writeAnnotatorLayer(store, 'a', 'omar', [
    spanOver(A, 'Mike Pompeo', 'PERSON', 't1'),
    spanOver(A, 'Adel Abdul-Mahdi', 'ORG', 't2'),
    spanOver(A, 'in Baghdad', 'GPE', 't3'),
  ]);
  return store;
}

describe('projectAgreement', () => {
  it('exact match: one shared span of four and three; a missing layer is an empty one', async () => {
    const store = await twoAnnotators();
    const result = await projectAgreement(store, { annotators: ['amira', 'omar'], match: 'exact' });
    // tp 1 (Pompeo); fp 2 (omar's ORG and GPE); fn 3 (amira's PERSON, GPE in a, GPE in b).
    expect(result.spans.overall).toEqual({
      tp: 1,
      fp: 2,
      fn: 3,
      precision: 1 / 3,
      recall: 1 / 4,
      f1: 2 / 7,
    });
    expect(result.spans.byLabel.PERSON).toEqual({
      tp: 1,
      fp: 0,
      fn: 1,
      precision: 1,
      recall: 1 / 2,
      f1: 2 / 3,
    });
    expect(result.spans.byLabel.ORG).toEqual({
      tp: 0,
      fp: 1,
      fn: 0,
      precision: 0,
      recall: null,
      f1: 0,
    });
    expect(result.spans.byLabel.GPE).toEqual({
      tp: 0,
      fp: 1,
      fn: 2,
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(result.documents.map((d) => [d.id, d.f1])).toEqual([
      ['a', 1 / 3],
      ['b', 0],
      ['c', null],
    ]);
    expect(result.stances).toEqual({
      units: 0,
      cohenKappa: null,
      fleissKappa: null,
      krippendorffAlpha: null,
    });
  });

  it('overlap match pairs "Baghdad" with "in Baghdad"', async () => {
    const store = await twoAnnotators();
    const result = await projectAgreement(store, {
      annotators: ['amira', 'omar'],
      match: 'overlap',
    });
    expect(result.spans.overall).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(result.spans.overall.f1).toBeCloseTo(4 / 7, 12);
    expect(result.documents[0]?.f1).toBeCloseTo(2 / 3, 12);
  });

  it('stance polarity over units: Cohen 0.4, Fleiss 1/3, Krippendorff 4/9 (worked by hand)', async () => {
    const text = 'He said "one", "two", "three" and "four".';
    const { workbench } = await projectWith({ 'q.txt': text });
    const quotes = ['"one"', '"two"', '"three"', '"four"'].map((q, i) =>
      spanOver(text, q, 'QUOTE', `q${i}`),
    );
    const [one, two, three, four] = quotes as [
      (typeof quotes)[0],
      (typeof quotes)[0],
      (typeof quotes)[0],
      (typeof quotes)[0],
    ];
    // Units rated by both: (FAVOR, FAVOR), (AGAINST, AGAINST), (AGAINST, FAVOR); "four" only by amira.
    // Cohen: po = 2/3, pe = 1/3·2/3 + 2/3·1/3 = 4/9, κ = (2/9)/(5/9) = 0.4.
    // Fleiss: P̄ = 2/3, p_F = p_A = 1/2, Pe = 1/2, κ = 1/3.
    // Krippendorff: n = 6, Do = 2/6, De = 2·3·3/(6·5) = 0.6, α = 1 − (1/3)/0.6 = 4/9.
    await writeAnnotatorLayer(workbench.store, 'q', 'amira', quotes, [
      topicStance('a1', 'FAVOR', [one]),
      topicStance('a2', 'AGAINST', [two]),
      topicStance('a3', 'AGAINST', [three]),
      topicStance('a4', 'NONE', [four]),
    ]);
    await writeAnnotatorLayer(
      workbench.store,
      'q',
      'omar',
      [one, two, three],
      [
        topicStance('b1', 'FAVOR', [one]),
        topicStance('b2', 'AGAINST', [two]),
        topicStance('b3', 'FAVOR', [three]),
      ],
    );
    const result = await projectAgreement(workbench.store, {
      annotators: ['amira', 'omar'],
      match: 'exact',
    });
    expect(result.stances.units).toBe(4);
    expect(result.stances.cohenKappa).toBeCloseTo(0.4, 12);
    expect(result.stances.fleissKappa).toBeCloseTo(1 / 3, 12);
    expect(result.stances.krippendorffAlpha).toBeCloseTo(4 / 9, 12);
  });

  it('three annotators: top-level spans are the first pair, pairs list every pair in order', async () => {
    const store = await twoAnnotators();
    await writeAnnotatorLayer(store, 'a', 'lena', [spanOver(A, 'Mike Pompeo', 'PERSON', 'u1')]);
    const result = await projectAgreement(store, {
      annotators: ['amira', 'omar', 'lena'],
      match: 'exact',
    });
    expect(result.pairs.map((p) => p.annotators)).toEqual([
      ['amira', 'omar'],
      ['amira', 'lena'],
      ['omar', 'lena'],
    ]);
    expect(result.spans).toEqual(result.pairs[0]?.spans);
    // amira against lena: tp 1, fp 0, fn 3 → F1 = 2/5; omar against lena: tp 1, fp 0, fn 2 → F1 = 1/2.
    expect(result.pairs[1]?.spans.overall.f1).toBeCloseTo(2 / 5, 12);
    expect(result.pairs[2]?.spans.overall.f1).toBeCloseTo(1 / 2, 12);
  });

  it('unitizing alpha over the project: 1 for identical boundaries, lower when they differ, null with no units', async () => {
    const { workbench } = await projectWith({ 'a.txt': A, 'b.txt': B });
    const store = workbench.store;
    await writeAnnotatorLayer(store, 'a', 'amira', [
      spanOver(A, 'Mike Pompeo', 'PERSON', 's1'),
      spanOver(A, 'Baghdad', 'GPE', 's2'),
    ]);
    await writeAnnotatorLayer(store, 'a', 'omar', [
      spanOver(A, 'Mike Pompeo', 'PERSON', 't1'),
      spanOver(A, 'in Baghdad', 'GPE', 't2'),
    ]);
    await writeAnnotatorLayer(store, 'b', 'amira', [spanOver(B, 'Iraq', 'GPE', 's3')]);
    await writeAnnotatorLayer(store, 'b', 'omar', [spanOver(B, 'Iraq', 'GPE', 't3')]);
    const result = await projectAgreement(store, { annotators: ['amira', 'omar'], match: 'exact' });
    expect(result.unitizing.byLabel.PERSON).toBe(1);
    expect(result.unitizing.byLabel.GPE).toBeLessThan(1);
    expect(result.unitizing.byLabel.GPE).toBeGreaterThan(0);
    expect(result.unitizing.overall).toBeGreaterThan(result.unitizing.byLabel.GPE as number);
    await writeAnnotatorLayer(store, 'a', 'omar', []);
    await writeAnnotatorLayer(store, 'a', 'amira', []);
    await writeAnnotatorLayer(store, 'b', 'omar', []);
    await writeAnnotatorLayer(store, 'b', 'amira', []);
    expect(
      (await projectAgreement(store, { annotators: ['amira', 'omar'], match: 'exact' })).unitizing,
    ).toEqual({ overall: null, byLabel: {} });
  });

  it('refuses an unknown annotator, a repeated one and fewer than two', async () => {
    const store = await twoAnnotators();
    await expect(
      projectAgreement(store, { annotators: ['amira', 'zed'], match: 'exact' }),
    ).rejects.toThrow(/no annotator "zed".*amira, omar/);
    await expect(
      projectAgreement(store, { annotators: ['amira', 'amira'], match: 'exact' }),
    ).rejects.toThrow(/named twice/);
    await expect(
      projectAgreement(store, { annotators: ['amira'], match: 'exact' }),
    ).rejects.toThrow(/at least two/);
  });

  it('refuses while a document could not be read at open, instead of scoring the rest', async () => {
    const damages: Record<string, (dir: string) => void> = {
      'a damaged meta': (dir) => writeFileSync(join(dir, 'documents', 'a.json'), '{"id": "a"'),
      'a meta linked out of the project': (dir) => {
        const outside = join(tempDir(), 'a.json');
        renameSync(join(dir, 'documents', 'a.json'), outside);
        symlinkSync(outside, join(dir, 'documents', 'a.json'));
      },
      'a file where documents/ should be': (dir) => {
        renameSync(join(dir, 'documents'), join(dir, 'moved'));
        writeFileSync(join(dir, 'documents'), 'not a folder');
      },
    };
    for (const [damage, plant] of Object.entries(damages)) {
      const { dir } = await twoAnnotators();
      plant(dir);
      const reopened = await ProjectFolder.open(dir);
      const file = damage.startsWith('a file') ? 'documents' : 'documents/a.json';
      await expect(
        projectAgreement(reopened, { annotators: ['amira', 'omar'], match: 'exact' }),
        damage,
      ).rejects.toThrow(
        new RegExp(
          `^${file}: .*; agreement figures now would leave documents out\\. Mend or remove what \`loupe validate\` lists`,
        ),
      );
      // Across a transport the refusal is data, with a code the contract declares.
      const reader = await createWorkbench(dir, { userFolder: tempDir(), access: 'read' });
      const answer = await reader.invoke('agreement', {
        annotators: ['amira', 'omar'],
        match: 'exact',
      });
      await reader.close();
      expect(answer, damage).toMatchObject({ ok: false, error: { code: 'damaged_file' } });
    }
  });
});
