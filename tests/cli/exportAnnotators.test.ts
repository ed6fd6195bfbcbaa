import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../scripts/interop/sharedTools';
import { TWO_ANNOTATOR_FILE } from '../helpers/labelStudioTwoAnnotators';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

/** doccano-transformer's doccano 1.x export: a record of users 1 and 2, one of user 2 alone (SOURCES.md there). */
const LABELING = join(
  SHARED_DIR,
  'fixtures',
  'real',
  'doccano',
  'doccano-transformer',
  'labeling.jsonl',
);

describe.skipIf(!existsSync(LABELING))('loupe export --annotators', () => {
  it('writes a doccano record of several users whole from their layers, byte for byte', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'project');
    expect(runCli(['init', dir], home).code).toBe(0);
    const imported = runCli(['import', dir, LABELING, '--annotator', 'amy'], home);
    expect(imported.code, imported.stderr).toBe(0);
    const out = tempDir();
    const args = ['export', dir, '--format', 'doccano', '--out', out];
    const exported = runCli([...args, '--annotators', 'amy,user1,user2'], home);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/of amy, user1, user2 as doccano/);
    expect(readFileSync(join(out, 'labeling.jsonl'), 'utf8')).toBe(readFileSync(LABELING, 'utf8'));
    const other = runCli(
      ['export', dir, '--format', 'conll', '--out', tempDir(), '--annotators', 'user1,user2'],
      home,
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(
      /--annotators applies to --format doccano, labelstudio and spans-jsonl only/,
    );
  });
});

describe('loupe export --format labelstudio --annotators', () => {
  it('writes a task two people annotated whole from their layers, byte for byte', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'project');
    expect(runCli(['init', dir], home).code).toBe(0);
    const file = join(tempDir(), 'project-4.json');
    writeFileSync(file, TWO_ANNOTATOR_FILE);
    const imported = runCli(['import', dir, file, '--format', 'labelstudio'], home);
    expect(imported.code, imported.stderr).toBe(0);
    const out = tempDir();
    const args = ['export', dir, '--format', 'labelstudio', '--out', out];
    const exported = runCli([...args, '--annotators', 'amira,bo'], home);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(join(out, 'project-4.json'), 'utf8')).toBe(TWO_ANNOTATOR_FILE);
    const alone = runCli(
      ['export', dir, '--format', 'labelstudio', '--out', tempDir(), '--annotator', 'bo'],
      home,
    );
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stderr).toMatch(/1 × annotation of another annotator of its task/);
  });
});
