import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../../src/shared/contract/interchange';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

describe('loupe command line', () => {
  const home = tempDir();

  it('init --seeds, stats --json and validate --json on the demo corpus', () => {
    const dir = join(tempDir(), 'demo');
    const init = runCli(['init', dir, '--seeds', '--name', 'Demo'], home);
    expect(init.code).toBe(0);
    expect(init.stderr).toMatch(/5 document/);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n')).toEqual(
      expect.arrayContaining(['.loupe.lock', 'exports/']),
    );
    const stats = runCli(['stats', dir, '--json'], home);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({
      name: 'Demo',
      documents: 5,
      annotators: [],
      skipped: [],
    });
    const validate = runCli(['validate', dir, '--json'], home);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ ok: true, documents: 5, problems: [] });
  });

  it('stats names each document it could not read on stderr and exits 1, counting the rest', () => {
    const dir = join(tempDir(), 'demo');
    expect(runCli(['init', dir, '--seeds', '--name', 'Demo'], home).code).toBe(0);
    writeFileSync(join(dir, 'documents', '000_90267a0c835213d2.json'), '{"id": "broken"');
    const stats = runCli(['stats', dir, '--json'], home);
    expect(stats.code).toBe(1);
    expect(JSON.parse(stats.stdout)).toMatchObject({
      documents: 4,
      skipped: [{ file: 'documents/000_90267a0c835213d2.json' }],
    });
    expect(stats.stderr).toMatch(/^documents\/000_90267a0c835213d2\.json: /m);
    expect(stats.stderr).toMatch(/1 file could not be read and is left out of these counts/);
  });

  it('imports .txt files and folders: the same name and text once, the same text under two names twice', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const sources = tempDir();
    mkdirSync(join(sources, 'sub'));
    writeFileSync(join(sources, 'one.txt'), 'First 😀\r\n');
    writeFileSync(join(sources, 'sub', 'two.txt'), 'Second');
    writeFileSync(join(sources, 'copy.txt'), 'Second');
    writeFileSync(join(sources, 'notes.md'), 'ignored');
    const imported = runCli(['import', dir, sources, '--json'], home);
    expect(imported.code).toBe(0);
    const result = JSON.parse(imported.stdout);
    expect(result.added.map((d: { name: string }) => d.name)).toEqual([
      'copy.txt',
      'one.txt',
      'sub/two.txt',
    ]);
    expect(result.documents[2]).toMatchObject({ name: 'sub/two.txt', sameTextAs: 'copy.txt' });
    expect(imported.stderr).toMatch(/sub\/two\.txt has the same text as copy\.txt/);
    const again = JSON.parse(
      runCli(['import', dir, join(sources, 'one.txt'), '--json'], home).stdout,
    );
    expect(again.added).toEqual([]);
  });

  it('reads a Latin-1 file by its detected encoding and says so for that file', () => {
    const dir = join(tempDir(), 'p');
    runCli(['init', dir], home);
    const sources = tempDir();
    writeFileSync(join(sources, 'good.txt'), 'fine');
    writeFileSync(
      join(sources, 'latin.txt'),
      Buffer.from('Le président a déclaré à Bagdad que les troupes resteront.\n', 'latin1'),
    );
    const result = runCli(['import', dir, sources, '--json'], home);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).added).toHaveLength(2);
    expect(result.stderr).toMatch(
      /latin\.txt: not UTF-8 \(invalid bytes on line 1\): read as ISO-8859-1/,
    );
  });

  it('refuses bytes no encoding fits, naming file and line, and leaves the project byte-identical', () => {
    const dir = join(tempDir(), 'p');
    runCli(['init', dir], home);
    const sources = tempDir();
    writeFileSync(join(sources, 'good.txt'), 'fine');
    writeFileSync(
      join(sources, 'bad.txt'),
      Buffer.from([0x6f, 0x6b, 0x0a, 0xff, 0x00, 0x13, 0x90, 0x00, 0x80]),
    );
    const before = snapshotFolder(dir);
    const result = runCli(['import', dir, sources], home);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /bad\.txt:2: not valid UTF-8 text, and no other encoding fits it/,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshotFolder(dir)).toEqual(before);
    const skipping = runCli(['import', dir, sources, '--skip-invalid', '--json'], home);
    expect(skipping.code).toBe(0);
    expect(JSON.parse(skipping.stdout).added.map((d: { name: string }) => d.name)).toEqual([
      'good.txt',
    ]);
  });

  it('validate exits non-zero and names the damaged file', () => {
    const dir = join(tempDir(), 'p');
    runCli(['init', dir, '--seeds'], home);
    mkdirSync(join(dir, 'annotations', 'amira'), { recursive: true });
    writeFileSync(
      join(dir, 'annotations', 'amira', '000_90267a0c835213d2.json'),
      '{"formatVersion": 1,',
    );
    const result = runCli(['validate', dir, '--json'], home);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems[0]).toMatchObject({
      file: 'annotations/amira/000_90267a0c835213d2.json',
      reason: expect.stringMatching(/not valid JSON/),
    });
  });

  it('--help and the README name every format and every option import and export read', () => {
    const help = runCli(['--help'], home);
    expect(help.code).toBe(0);
    const said = help.stdout + help.stderr;
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const [importLine, exportLine] = ['import', 'export'].map(
      (command) => said.split('\n').find((line) => line.startsWith(`  ${command} <dir>`)) ?? '',
    );
    const [readmeImport, readmeExport] = ['import', 'export'].map(
      (command) =>
        readme.split('\n').find((line) => line.startsWith(`loupe ${command} <dir>`)) ?? '',
    );
    for (const [formats, line, readmeLine] of [
      [IMPORT_FORMATS, importLine, readmeImport],
      [EXPORT_FORMATS, exportLine, readmeExport],
    ] as const) {
      const listed = (text: string | undefined) => /--format \[?([a-z|-]+)/.exec(text ?? '')?.[1];
      expect(listed(line)?.split('|')).toEqual([...formats]);
      expect(listed(readmeLine)?.split('|')).toEqual([...formats]);
    }
    for (const command of ['importCommand', 'exportCommand']) {
      const source = readFileSync(
        join(import.meta.dirname, `../../src/cli/commands/${command}.ts`),
        'utf8',
      );
      const options = [...source.matchAll(/args\.(?:string|flag)\('([a-z-]+)'\)/g)].map(
        (m) => m[1],
      );
      expect(options.length, command).toBeGreaterThan(3);
      for (const option of options) {
        expect(said, `${command} --${option}`).toContain(`--${option}`);
        expect(readme, `${command} --${option}`).toContain(`--${option}`);
      }
    }
  });

  it('fails with one line and a non-zero code on usage errors and missing projects', () => {
    expect(runCli(['nope'], home).code).toBe(2);
    for (const name of ['constructor', 'toString', '__proto__']) {
      const run = runCli([name], home);
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toMatch(`loupe: unknown command "${name}"`);
    }
    expect(runCli(['stats', '--bogus'], home).code).toBe(2);
    const missing = runCli(['stats', join(tempDir(), 'nothing')], home);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no Loupe project/);
  });

  it('says in one line, without a trace, when the system refuses a folder it must create', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    for (const args of [
      ['init', join(file, 'project')],
      ['clone', join(tempDir(), 'team.git'), join(file, 'clone')],
    ]) {
      const result = runCli(args, home);
      expect(result.code, args[0]).toBe(1);
      expect(result.stderr.trim().split('\n'), args[0]).toEqual([
        expect.stringMatching(
          new RegExp(`^loupe ${args[0]}: .*a-file.*: a part of the path is a file, not a folder`),
        ),
      ]);
    }
  });
});
