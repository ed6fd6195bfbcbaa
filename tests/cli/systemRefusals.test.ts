import { readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toWorkbenchError } from '../../src/node/services';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

/** Node's own line for a refusal (`ENAMETOOLONG: name too long, open '…'`), never shown as is. */
const RAW = /\bE[A-Z]+: [a-z ]+, [a-z]+ '/;

function annotatedProject(home: string): string {
  const dir = join(tempDir(), 'p');
  expect(runCli(['init', dir], home).code).toBe(0);
  const source = join(tempDir(), 's.jsonl');
  writeFileSync(
    source,
    `${JSON.stringify({ text: 'Hello Paris.', spans: [{ start: 6, end: 11, label: 'LOC' }] })}\n`,
  );
  expect(runCli(['import', dir, source, '--annotator', 'ann'], home).code).toBe(0);
  return dir;
}

describe('a refusal of the system reads as Loupe words: the path, why, what to do', () => {
  const home = tempDir();
  const dir = annotatedProject(home);

  it('export: a name too long, a path through a file, a link loop; nothing left behind', () => {
    const out = tempDir();
    writeFileSync(join(out, 'a-file'), 'x');
    symlinkSync('loop', join(out, 'loop'));
    const long = 'x'.repeat(256);
    const cases: [string, string, RegExp][] = [
      ['spans-jsonl', `${long}.jsonl`, /name is too long.*choose a shorter/],
      ['brat', long, /name is too long.*choose a shorter/],
      [
        'spans-jsonl',
        'a-file/x.jsonl',
        /a-file\/x\.jsonl: a part of the path is a file, not a folder; check the path/,
      ],
      [
        'spans-jsonl',
        'loop/x.jsonl',
        /loop\/x\.jsonl: its symbolic links lead round in a loop; fix or remove the link/,
      ],
    ];
    for (const [format, name, words] of cases) {
      const run = runCli(
        ['export', dir, '--format', format, '--out', join(out, name), '--annotator', 'ann'],
        home,
      );
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).toMatch(words);
      expect(run.stderr, name).toContain(join(out, name.slice(0, 20)));
      expect(run.stderr, name).not.toMatch(RAW);
      expect(run.stderr, name).not.toMatch(/\.tmp/);
      expect(run.stderr.trim().split('\n'), name).toHaveLength(1);
    }
    expect(readdirSync(out).sort()).toEqual(['a-file', 'loop']);
  });

  it('import: a path too long or through a file says so, not that it is missing', () => {
    const out = tempDir();
    writeFileSync(join(out, 'a-file'), 'x');
    const long = runCli(
      ['import', dir, join(out, `${'y'.repeat(256)}.txt`), '--annotator', 'ann'],
      home,
    );
    expect(long.code).toBe(1);
    expect(long.stderr).toMatch(/name is too long for the file system/);
    const through = runCli(
      ['import', dir, join(out, 'a-file', 'b.txt'), '--annotator', 'ann'],
      home,
    );
    expect(through.code).toBe(1);
    expect(through.stderr).toMatch(/a-file\/b\.txt: a part of the path is a file, not a folder/);
  });

  it('init under a file names the folder, why and what to do', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const run = runCli(['init', join(file, 'project')], home);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^loupe init: .*a-file\/project.*: a part of the path is a file, not a folder; check the path/,
    );
    expect(run.stderr).not.toMatch(RAW);
  });

  it.runIf(process.platform === 'linux')(
    'init and export where the system says "no such folder" under one that exists (/proc) fail at once',
    () => {
      const init = runCli(['init', '/proc/loupe-nowhere/p'], home);
      expect(init.code).toBe(1);
      expect(init.stderr).toMatch(/^loupe init: \/proc\/loupe-nowhere.*: no such file or folder/);
      const out = ['--out', '/proc/loupe-nowhere/out', '--annotator', 'ann'];
      const exported = runCli(['export', dir, '--format', 'brat', ...out], home);
      expect(exported.code).toBe(1);
      expect(exported.stderr).toMatch(/\/proc\/loupe-nowhere.*: no such file or folder/);
    },
  );

  it('a full disk, a read-only disk, a folder for a file, a name taken: each in words', () => {
    const refusal = (code: string, syscall: string, path: string) =>
      Object.assign(new Error(`${code}: raw, ${syscall} '${path}'`), { code, syscall, path });
    const cases: [string, RegExp][] = [
      ['ENOSPC', /^\/out\/a\.jsonl: the disk is full; free some space/],
      [
        'EROFS',
        /^cannot write \/out\/a\.jsonl: the disk is read-only; choose a place you can write to/,
      ],
      ['EISDIR', /^\/out\/a\.jsonl: it is a folder, not a file; give the name of a file/],
      ['EEXIST', /^\/out\/a\.jsonl: something of that name is already there; choose another name/],
    ];
    for (const [code, words] of cases) {
      const error = toWorkbenchError(refusal(code, 'open', '/out/.a.jsonl.1a2b3c4d.tmp'));
      expect(error.message, code).toMatch(words);
      expect(error.message, code).not.toMatch(RAW);
    }
  });
});
