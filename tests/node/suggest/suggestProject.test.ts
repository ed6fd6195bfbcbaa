import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { span } from '../../helpers/span';
import { projectWith } from '../../helpers/tempProject';
import { suggestionInputs } from '../../../src/node/suggest/suggestionInputs';
import { projectTexts } from '../../../src/shared/suggest';

const TRAIN = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad. Mike Pompeo left Baghdad.';
const TARGET = 'Mike Pompeo flew to Baghdad.';

/** A project where lena annotated `a` (its text `times` copies of TRAIN) and not `b`. */
async function project(times = 1) {
  const train = Array.from({ length: times }, () => TRAIN).join('\n');
  const { dir, workbench } = await projectWith({ 'a.txt': train, 'b.txt': TARGET }, 'lena');
  const spans = [...train.matchAll(/Mike Pompeo|Baghdad/g)].map((m) =>
    span(m.index, m.index + m[0].length, m[0] === 'Baghdad' ? 'GPE' : 'PERSON', `t${m.index}`),
  );
  await writeAnnotatorLayer(workbench.store, 'a', 'lena', spans);
  return { dir, workbench };
}

describe('suggest in a worker thread', () => {
  it('reports its progress by phase', async () => {
    const { workbench } = await project();
    const phases = new Set<string>();
    await workbench.suggest({ from: 'lena' }, { onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['training', 'suggesting']);
  });

  it('writes nothing when cancelled', async () => {
    const { dir, workbench } = await project();
    const controller = new AbortController();
    const running = workbench.suggest(
      { from: 'lena' },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(join(dir, 'annotations', 'model'))).toBe(false);
    expect(await workbench.suggestProgress({})).toEqual({ running: false });
  });

  it('stops its worker thread on a cancel (a large job), writing nothing', async () => {
    const { dir, workbench } = await project(400);
    const controller = new AbortController();
    const phases: string[] = [];
    const running = workbench.suggest(
      { from: 'lena' },
      {
        signal: controller.signal,
        onProgress: (p) => {
          phases.push(p.phase);
          if (p.phase === 'training' && p.done === 2) controller.abort();
        },
      },
    );
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(phases.slice(0, 2)).toEqual(['training', 'training']);
    expect(existsSync(join(dir, 'annotations', 'model'))).toBe(false);
  });

  it('refuses an annotator with no spans to learn from, naming what to do', async () => {
    const { workbench } = await project();
    await workbench.setStatus({ documentId: 'b', status: 'done' });
    await expect(workbench.suggest({ from: 'nobody' })).rejects.toThrow(/no annotator "nobody"/);
  });
});

describe('the text suggest learns word classes from', () => {
  it('is every document of the project, annotated or not, tagged or not', async () => {
    const other = 'Adel Abdul-Mahdi stayed in Mosul.';
    const texts = { 'a.txt': TRAIN, 'b.txt': TARGET, 'c.txt': other };
    const { workbench } = await projectWith(texts, 'lena');
    await writeAnnotatorLayer(workbench.store, 'a', 'lena', [span(0, 11, 'PERSON', 't0')]);
    const inputs = await suggestionInputs(workbench.store, 'lena', { documents: ['b'] });
    expect(inputs.training.map((d) => d.text)).toEqual([TRAIN]);
    expect(inputs.targets.map((t) => t.text)).toEqual([TARGET]);
    expect(inputs.otherTexts).toEqual([other]);
    const job = { ...inputs, seed: 1, crossValidate: false };
    expect(projectTexts(job).sort()).toEqual([TRAIN, TARGET, other].sort());
  });
});
