import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../scripts/interop/sharedTools';
import { ProjectFolder } from '../../src/node';
import type { SuggestResult } from '../../src/shared/contract';
import type { Layer } from '../../src/shared/model';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

const CONLL = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'CoNLL-ST_2002');
const HELD_OUT = ['esp.train-doc-29', 'esp.train-doc-46', 'esp.train-doc-100'];

/** A project of the ten CoNLL-2002 Spanish documents: seven with gold spans, three texts only. */
function spanishProject(home: string): string {
  const root = tempDir();
  const gold = join(root, 'gold');
  const texts = join(root, 'texts');
  mkdirSync(gold);
  mkdirSync(texts);
  copyFileSync(join(CONLL, 'annotation.conf'), join(gold, 'annotation.conf'));
  for (const file of readdirSync(join(CONLL, 'esp'))) {
    const name = file.replace(/\.(txt|ann)$/, '');
    if (file === name) continue;
    if (!HELD_OUT.includes(name)) copyFileSync(join(CONLL, 'esp', file), join(gold, file));
    else if (file.endsWith('.txt')) copyFileSync(join(CONLL, 'esp', file), join(texts, file));
  }
  const dir = join(root, 'project');
  expect(runCli(['init', dir], home).code).toBe(0);
  expect(runCli(['import', dir, gold, '--format', 'brat', '--annotator', 'gold'], home).code).toBe(
    0,
  );
  expect(runCli(['import', dir, texts, '--format', 'txt'], home).code).toBe(0);
  return dir;
}

/** The annotator's layers as Loupe reads them (a layer file may hold a snapshot and a journal). */
async function layersOf(dir: string, annotator: string): Promise<Layer[]> {
  const store = await ProjectFolder.open(dir);
  const ids = await store.layerFilesOf(annotator);
  return Promise.all(ids.map((id) => store.readLayer(id, annotator)));
}

function spansOf(layers: readonly Layer[]): string[] {
  return layers
    .flatMap((l) =>
      l.spans.map(
        (s) =>
          `${l.documentId} ${s.label} ${s.fragments[0]?.start} ${s.fragments[0]?.end} ${String(s.attributes?.confidence)}`,
      ),
    )
    .sort();
}

describe('loupe suggest', { timeout: 120_000 }, () => {
  const home = tempDir();
  let dir = '';
  beforeAll(() => {
    dir = spanishProject(home);
  }, 120_000);

  it('learns from gold and writes suggestions with confidences into model, leaving gold byte for byte', async () => {
    const goldBefore = snapshotFolder(join(dir, 'annotations', 'gold'));
    const run = runCli(['suggest', dir, '--from', 'gold', '--seed', '2', '--json'], home);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as SuggestResult;
    expect(result).toMatchObject({ from: 'gold', as: 'model', seed: 2 });
    expect(result.trainedOn.documents).toBe(7);
    expect(result.suggested.documents).toBe(3);
    expect(result.crossValidation?.folds).toBe(5);
    expect(Object.keys(result.crossValidation?.byLabel ?? {}).sort()).toEqual([
      'LOC',
      'MISC',
      'ORG',
      'PER',
    ]);
    const model = await layersOf(dir, 'model');
    expect(model).toHaveLength(3);
    const spans = model.flatMap((l) => l.spans);
    expect(spans.length).toBe(result.suggested.spans);
    for (const s of spans) {
      expect(s.author).toBe('model');
      expect(s.attributes?.confidence).toBeGreaterThanOrEqual(0);
      expect(s.attributes?.confidence).toBeLessThanOrEqual(1);
    }
    expect(snapshotFolder(join(dir, 'annotations', 'gold'))).toEqual(goldBefore);
  });

  it('gives the same suggestions again for the same seed, replacing the open ones', async () => {
    const before = spansOf(await layersOf(dir, 'model'));
    expect(runCli(['suggest', dir, '--from', 'gold', '--seed', '2', '--json'], home).code).toBe(0);
    expect(spansOf(await layersOf(dir, 'model'))).toEqual(before);
  });

  it('prints what it learned from and the cross-validated F1 per label', () => {
    const run = runCli(
      ['suggest', dir, '--from', 'gold', '--labels', 'PER,LOC', '--documents', 'esp.train-doc-29'],
      home,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Learned from gold: 7 document\(s\), /m);
    expect(run.stdout).toMatch(/for 1 document\(s\) into model's layers/);
    expect(run.stdout).toMatch(/^ {2}PER +[\d.]+ +[\d.]+ +[\d.]+$/m);
    expect(run.stdout).not.toMatch(/^ {2}ORG/m);
  });

  it('refuses to write into a human layer, and leaves the project untouched', () => {
    const gold = join(dir, '..', 'gold');
    expect(
      runCli(['import', dir, gold, '--format', 'brat', '--annotator', 'amira'], home).code,
    ).toBe(0);
    const before = snapshotFolder(dir);
    for (const as of ['gold', 'amira']) {
      const run = runCli(['suggest', dir, '--from', 'gold', '--as', as], home);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/human layer/);
    }
    const unknown = runCli(['suggest', dir, '--from', 'nobody'], home);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no annotator "nobody"/);
    expect(runCli(['suggest', dir], home).stderr).toMatch(/--from ANNOTATOR/);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('leaves a model layer that agree and export read unchanged', () => {
    const agree = runCli(['agree', dir, '--annotators', 'gold,model', '--json'], home);
    expect(agree.code).toBe(0);
    const out = join(tempDir(), 'model.jsonl');
    const exported = runCli(
      ['export', dir, '--format', 'spans-jsonl', '--annotator', 'model', '--out', out],
      home,
    );
    expect(exported.code).toBe(0);
  });
});
