import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectFolder } from '../../src/node';
import { spanOver, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';

/**
 * The seed project; amira: GPE "United States", GPE "Iraq", PERSON "Mike Pompeo" in D1;
 * omar: GPE "United States", ORG "Iraq", PERSON "Mike Pompeo" in D1 and PERSON "Mike Pompeo" in D0.
 */
async function seededProject(home: string): Promise<string> {
  const dir = join(tempDir(), 'demo');
  expect(runCli(['init', dir, '--seeds'], home).code).toBe(0);
  const store = await ProjectFolder.open(dir);
  const t0 = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
  const t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
  await writeAnnotatorLayer(store, D1, 'amira', [
    spanOver(t1, 'United States', 'GPE', 'a1'),
    spanOver(t1, 'Iraq', 'GPE', 'a2'),
    spanOver(t1, 'Mike Pompeo', 'PERSON', 'a3'),
  ]);
  await writeAnnotatorLayer(store, D1, 'omar', [
    spanOver(t1, 'United States', 'GPE', 'o1'),
    spanOver(t1, 'Iraq', 'ORG', 'o2'),
    spanOver(t1, 'Mike Pompeo', 'PERSON', 'o3'),
  ]);
  await writeAnnotatorLayer(store, D0, 'omar', [spanOver(t0, 'Mike Pompeo', 'PERSON', 'o4')]);
  return dir;
}

describe('loupe agree', () => {
  const home = tempDir();

  it('--json prints one object with the contract fields and hand-computed figures', async () => {
    const dir = await seededProject(home);
    const run = runCli(['agree', dir, '--annotators', 'amira,omar', '--json'], home);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.annotators).toEqual(['amira', 'omar']);
    expect(result.match).toBe('exact');
    // tp 2 (United States, Pompeo in D1), fp 2 (ORG Iraq, Pompeo in D0, where amira has no layer), fn 1 (GPE Iraq).
    expect(result.spans.overall).toEqual({
      tp: 2,
      fp: 2,
      fn: 1,
      precision: 0.5,
      recall: 2 / 3,
      f1: 4 / 7,
    });
    expect(result.spans.byLabel).toEqual({
      GPE: { tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 2 / 3 },
      ORG: { tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 },
      PERSON: { tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1, f1: 2 / 3 },
    });
    expect(result.stances).toEqual({
      units: 0,
      cohenKappa: null,
      fleissKappa: null,
      krippendorffAlpha: null,
    });
    expect(result.documents).toHaveLength(5);
    const f1 = Object.fromEntries(
      result.documents.map((d: { id: string; f1: number | null }) => [d.id, d.f1]),
    );
    expect(f1[D0]).toBe(0);
    expect(f1[D1]).toBeCloseTo(2 / 3, 12);
    expect(f1['002_70f1dc10c1ed88b3']).toBeNull();
    expect(result.pairs).toHaveLength(1);
    expect(Object.keys(result.unitizing.byLabel).sort()).toEqual(['GPE', 'ORG', 'PERSON']);
    expect(result.unitizing.byLabel.PERSON).toBeLessThan(1);
  });

  it('--match overlap and token are accepted; token compares per token', async () => {
    const dir = await seededProject(home);
    const overlap = JSON.parse(
      runCli(['agree', dir, '--annotators', 'amira,omar', '--match', 'overlap', '--json'], home)
        .stdout,
    );
    expect(overlap.match).toBe('overlap');
    expect(overlap.spans.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    const token = runCli(
      ['agree', dir, '--annotators', 'amira,omar', '--match', 'token', '--json'],
      home,
    );
    expect(token.code).toBe(0);
    // Tokens: United|States (GPE, agreed), Iraq (GPE vs ORG), Mike|Pompeo (agreed), Mike|Pompeo in D0 (omar only).
    expect(JSON.parse(token.stdout).spans.overall).toMatchObject({ tp: 4, fp: 3, fn: 1 });
  });

  it('prints a readable table without --json', async () => {
    const dir = await seededProject(home);
    const run = runCli(['agree', dir, '--annotators', 'amira,omar'], home);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Spans \(exact match\), omar against amira/);
    expect(run.stdout).toMatch(/all\s+0\.500\s+0\.667\s+0\.571\s+2\s+2\s+1/);
    expect(run.stdout).toMatch(/Stances: 0 unit/);
  });

  it('prints spans per label named like Object.prototype members as counts (constructor, toString)', async () => {
    const dir = await seededProject(home);
    const store = await ProjectFolder.open(dir);
    const t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    await writeAnnotatorLayer(store, D1, 'amira', [spanOver(t1, 'Iraq', 'constructor', 'a2')]);
    await writeAnnotatorLayer(store, D1, 'omar', [spanOver(t1, 'Iraq', 'toString', 'o2')]);
    const run = runCli(['agree', dir, '--annotators', 'amira,omar'], home);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/native code/);
    expect(run.stdout).toMatch(/\n {2}constructor .* {5}1 {6}0\n/);
    expect(run.stdout).toMatch(/\n {2}toString .* {5}0 {6}1\n/);
  });

  it('fails with one line and a non-zero code on an unknown annotator or a bad option', async () => {
    const dir = await seededProject(home);
    const unknown = runCli(['agree', dir, '--annotators', 'amira,zed', '--json'], home);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/no annotator "zed"/);
    const badMatch = runCli(['agree', dir, '--annotators', 'amira,omar', '--match', 'fuzzy'], home);
    expect(badMatch.code).toBe(2);
    expect(badMatch.stderr).toMatch(/--match must be exact, overlap or token/);
    expect(runCli(['agree', dir], home).code).toBe(2);
  });

  it('refuses with one line naming a document it cannot read, instead of figures over the rest', async () => {
    const dir = await seededProject(home);
    writeFileSync(join(dir, 'documents', `${D0}.json`), '{"id": "broken"');
    const run = runCli(['agree', dir, '--annotators', 'amira,omar', '--json'], home);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      new RegExp(`documents/${D0}\\.json: .*agreement figures now would leave documents out`),
    );
    expect(run.stderr).toMatch(/loupe validate/);
  });
});

describe('loupe agree and a machine layer', () => {
  const home = tempDir();

  it('leaves out rejected suggestions unless --include-rejected', async () => {
    const dir = await seededProject(home);
    const store = await ProjectFolder.open(dir);
    const t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    await writeAnnotatorLayer(store, D1, 'model', [
      { ...spanOver(t1, 'Mike Pompeo', 'PERSON', 'm1'), attributes: { confidence: 0.9 } },
      {
        ...spanOver(t1, 'Iraq', 'GPE', 'm2'),
        attributes: { confidence: 0.4, decision: 'rejected' },
      },
    ]);
    const overall = (flags: string[]) => {
      const run = runCli(['agree', dir, '--annotators', 'amira,model', '--json', ...flags], home);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout).spans.overall;
    };
    // amira: United States, Iraq, Pompeo; the model stands by Pompeo only.
    expect(overall([])).toMatchObject({ tp: 1, fp: 0, fn: 2 });
    expect(overall(['--include-rejected'])).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  });
  it('refuses fewer than two distinct annotators as a usage error, in words (exit 2)', async () => {
    const dir = await seededProject(home);
    for (const names of ['amira', 'amira,amira', 'amira, ']) {
      const run = runCli(['agree', dir, '--annotators', names], home);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        `loupe agree: agreement compares two annotators or more: --annotators A,B (got ${JSON.stringify(names)})`,
      ]);
    }
  });
});

describe('a command without an annotator name', () => {
  it('says how to give a missing annotator name on the command line', async () => {
    const dir = await seededProject(tempDir());
    const sync = runCli(['sync', dir, '--remote', join(tempDir(), 'none.git')], tempDir());
    expect(sync.code).toBe(1);
    expect(sync.stderr).toMatch(/set your annotator name first \(pass --annotator NAME, or open/);
  });
});
