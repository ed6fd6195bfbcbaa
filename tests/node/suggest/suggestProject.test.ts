import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { span } from '../../helpers/span';
import { projectWith } from '../../helpers/tempProject';
import { createWorkbench } from '../../../src/node';
import { tempDir } from '../../helpers/tempProject';
import { suggestionInputs } from '../../../src/node/suggest/suggestionInputs';
import { suggestionPrecision } from '../../../src/node/suggest/suggestionPrecision';
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

  it('answers a second and a third large job in the same process (the worker kept between them)', async () => {
    const { workbench } = await project(400);
    const answers = [];
    for (let run = 0; run < 3; run++) {
      const phases = new Set<string>();
      const result = await workbench.suggest(
        { from: 'lena' },
        { onProgress: (p) => phases.add(p.phase) },
      );
      answers.push([result.suggested.spans, [...phases]]);
    }
    expect(answers).toEqual(Array(3).fill([2, ['training', 'suggesting']]));
  }, 60_000);

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

  // The window's annotator before their first span has no layer: said as nothing to learn from,
  // not as an annotator someone removed.
  it('says the annotator at the window with no span yet has nothing to learn from', async () => {
    const { workbench } = await projectWith({ 'a.txt': TRAIN, 'b.txt': TARGET }, 'newcomer');
    await expect(workbench.suggest({})).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/^newcomer has no spans to learn from/),
    });
  });
});

describe('suggest over a project with a document it cannot read', () => {
  const damages: Record<string, [string, (dir: string) => void]> = {
    'a damaged meta': [
      'documents/c.json',
      (dir) => writeFileSync(join(dir, 'documents', 'c.json'), '{"id"'),
    ],
    'a text that is a link': [
      'documents/c.txt',
      (dir) => {
        rmSync(join(dir, 'documents', 'c.txt'));
        symlinkSync('b.txt', join(dir, 'documents', 'c.txt'));
      },
    ],
    'a text that is a FIFO': [
      'documents/c.txt',
      (dir) => {
        rmSync(join(dir, 'documents', 'c.txt'));
        execFileSync('mkfifo', [join(dir, 'documents', 'c.txt')]);
      },
    ],
    'a missing text': ['documents/c.txt', (dir) => rmSync(join(dir, 'documents', 'c.txt'))],
  };

  it('refuses naming the file, and writes no suggestion, instead of learning and tagging without it', async () => {
    for (const [damage, [file, plant]] of Object.entries(damages)) {
      const texts = {
        'a.txt': TRAIN,
        'b.txt': TARGET,
        'c.txt': 'Adel Abdul-Mahdi stayed in Mosul.',
      };
      const { dir, workbench } = await projectWith(texts, 'lena');
      await writeAnnotatorLayer(workbench.store, 'a', 'lena', [span(0, 11, 'PERSON', 't0')]);
      await workbench.close();
      plant(dir);
      const reopened = await createWorkbench(dir, { userFolder: tempDir() });
      const answer = await reopened.invoke('suggest', { from: 'lena' });
      await reopened.close();
      expect(answer, damage).toMatchObject({ ok: false });
      const message = answer.ok ? '' : answer.error.message;
      expect(message, damage).toMatch(new RegExp(`^${file.replace('.', '\\.')}: `));
      if (damage === 'a damaged meta') {
        expect(answer).toMatchObject({ error: { code: 'damaged_file' } });
        expect(message).toMatch(/suggestions now would leave documents out\. Mend or remove/);
      }
      expect(existsSync(join(dir, 'annotations', 'model')), damage).toBe(false);
    }
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

describe('a machine layer that holds a person’s spans', () => {
  it('is refused naming the document by its place and headline, not its file name', async () => {
    const { workbench } = await project();
    await writeAnnotatorLayer(workbench.store, 'b', 'bot', [span(0, 11, 'PERSON', 'h1')]);
    await expect(workbench.suggest({ from: 'lena', as: 'bot' })).rejects.toThrow(
      'the layer of bot in document 2 of 2, “Mike Pompeo flew to Baghdad.” holds spans that are not suggestions (by bot)',
    );
  });
});

describe('labels named like Object.prototype members (constructor, __proto__, toString)', () => {
  /** A project where lena labelled `a` with those names, and not `b`. */
  async function oddlyLabelled() {
    const { workbench } = await projectWith({ 'a.txt': TRAIN, 'b.txt': TARGET }, 'lena');
    const labelOf = (name: string) =>
      name === 'Baghdad' ? 'constructor' : name === 'Mike Pompeo' ? '__proto__' : 'toString';
    const spans = [...TRAIN.matchAll(/Mike Pompeo|Adel Abdul-Mahdi|Baghdad/g)].map((m) =>
      span(m.index, m.index + m[0].length, labelOf(m[0]), `t${m.index}`),
    );
    await writeAnnotatorLayer(workbench.store, 'a', 'lena', spans);
    return workbench;
  }

  it('are counted as ordinary labels in the spans learned from', async () => {
    const workbench = await oddlyLabelled();
    const inputs = await suggestionInputs(workbench.store, 'lena', {});
    expect(Object.getPrototypeOf(inputs.trainingSpans)).toBe(Object.prototype);
    expect(Object.entries(inputs.trainingSpans)).toEqual([
      ['__proto__', 2],
      ['toString', 1],
      ['constructor', 2],
    ]);
  });

  it('are counted as ordinary labels in the suggestions made', async () => {
    const workbench = await oddlyLabelled();
    const result = await workbench.suggest({ from: 'lena', seed: 1 });
    const suggested = (await workbench.store.readLayer('b', 'model')).spans;
    const counts = new Map<string, number>();
    for (const s of suggested) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.entries(result.suggested.byLabel).sort()).toEqual([...counts].sort());
    const precision = await suggestionPrecision(workbench.store, 'model');
    expect(Object.getPrototypeOf(precision.byLabel)).toBe(Object.prototype);
    expect(Object.keys(precision.byLabel)).toEqual(['__proto__', 'constructor']);
  });
});
