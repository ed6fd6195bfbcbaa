import {
  existsSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

/** A label that would clear the screen, retitle the terminal and fake an OK line. */
const HOSTILE = 'GPE\u001b[2J\u001b]0;pwned\u0007\nOK: fake';

function projectWithHostileLabel(home: string): string {
  const dir = join(tempDir(), 'p');
  expect(runCli(['init', dir], home).code).toBe(0);
  const source = join(tempDir(), 'x.jsonl');
  const text = 'Iraq Iran talks';
  writeFileSync(
    source,
    `${JSON.stringify({ text, spans: [{ start: 0, end: 4, label: HOSTILE }] })}\n`,
  );
  const imported = runCli(
    ['import', dir, source, '--format', 'spans-jsonl', '--annotator', 'amira'],
    home,
  );
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.stderr).not.toContain('\u001b');
  expect(imported.stderr).toContain('GPE\\x1b[2J\\x1b]0;pwned\\x07\\nOK: fake');
  return dir;
}

describe('text from files never acts on the terminal', () => {
  const home = tempDir();

  it('import, stats and validate print a hostile label escaped', () => {
    const dir = projectWithHostileLabel(home);
    const stats = runCli(['stats', dir], home);
    expect(stats.code).toBe(0);
    expect([...stats.stdout].filter((c) => c < ' ' && c !== '\n' && c !== '\t')).toEqual([]);
    expect(stats.stdout).toContain('GPE\\x1b[2J');
    expect(stats.stdout.split('\n').some((line) => line.startsWith('OK: fake'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(dir, 'loupe.json'), 'utf8'));
    manifest.schema.labels = manifest.schema.labels.filter(
      (l: { name: string }) => l.name !== HOSTILE,
    );
    writeFileSync(join(dir, 'loupe.json'), JSON.stringify(manifest));
    const validate = runCli(['validate', dir], home);
    expect(validate.code).toBe(1);
    expect(validate.stderr).not.toContain('\u001b');
    expect(validate.stderr).toMatch(/lacks/);
  });

  it('suggest prints a hostile label escaped', () => {
    const dir = projectWithHostileLabel(home);
    const run = runCli(['suggest', dir, '--from', 'amira', '--seed', '1'], home);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('GPE\\x1b[2J');
    expect(run.stdout.split('\n').some((line) => line.startsWith('OK: fake'))).toBe(false);
  });

  it('validate names a layer file whose name is no id by its path, escaped; the rest still reads', () => {
    const dir = projectWithHostileLabel(home);
    const evil = join(dir, 'annotations', 'amira', 'ev\u001b[31mil.json');
    writeFileSync(evil, '{}');
    const validate = runCli(['validate', dir], home);
    expect(validate.code).toBe(1);
    expect(validate.stderr).not.toContain('\u001b');
    expect(validate.stderr).toContain(
      'annotations/amira/ev\\x1b[31mil.json: "ev\\u001b[31mil" is not a valid Loupe document id',
    );
    const json = JSON.parse(runCli(['validate', dir, '--json'], home).stdout);
    expect(json.problems.map((p: { file: string }) => p.file)).toContain(
      'annotations/amira/ev\u001b[31mil.json',
    );
    expect(json.layers).toBe(1);
    expect(runCli(['stats', dir], home).code).toBe(0);
  });

  it('validate names temp files and dangling links; --repair removes them and nothing else', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir, '--seeds'], home).code).toBe(0);
    const temp = join(dir, 'documents', '.x.json.4242.0badf00d.tmp');
    writeFileSync(temp, '{"half":');
    utimesSync(temp, new Date(2020, 0, 1), new Date(2020, 0, 1));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'entities-link.json'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'documents', 'dangling.txt'));
    const before = runCli(['validate', dir, '--json'], home);
    expect(before.code).toBe(1);
    const files = JSON.parse(before.stdout).problems.map((p: { file: string }) => p.file);
    expect(files).toEqual(
      expect.arrayContaining(['documents/.x.json.4242.0badf00d.tmp', 'documents/dangling.txt']),
    );
    const repaired = runCli(['validate', dir, '--repair', '--json'], home);
    expect(repaired.code, repaired.stderr).toBe(0);
    // The temp file went when the writer took the lock (older than it); the links by --repair.
    expect(existsSync(temp)).toBe(false);
    expect(JSON.parse(repaired.stdout).removed).toEqual([
      'documents/dangling.txt',
      'entities-link.json',
    ]);
    expect(readdirSync(join(dir, 'documents'))).toHaveLength(10);
    expect(runCli(['validate', dir], home).code).toBe(0);
  });

  it('validate --repair reports the folder as the repair left it, not the links it removed', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir, '--seeds'], home).code).toBe(0);
    symlinkSync('loop.json', join(dir, 'documents', 'loop.json'));
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'documents', 'dangling.json'));
    expect(runCli(['validate', dir], home).code).toBe(1);
    const repaired = runCli(['validate', dir, '--repair', '--json'], home);
    expect(repaired.code, repaired.stderr).toBe(0);
    const report = JSON.parse(repaired.stdout);
    expect(report.removed).toEqual(['documents/dangling.json', 'documents/loop.json']);
    expect(report.problems).toEqual([]);
  });
});
