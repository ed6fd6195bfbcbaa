import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';

const ROOT = join(import.meta.dirname, '..', '..');
const PARQUET = join(ROOT, 'tests/fixtures/huggingface/parquet/train.parquet');
/** The user the CLI runs as when the tests run as root, who bypasses permissions: nobody. */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/**
 * `loupe <args>` through tsx (the run's bundle lies in a folder nobody cannot read), as nobody
 * when the tests run as root (real permissions, no simulated errno).
 */
function loupe(args: string[], home: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOUPE_HOME: home, HOME: home, TMPDIR: home },
    encoding: 'utf8',
    timeout: 110_000,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** chmod every folder under `dir` to `folderMode` and every file to `fileMode`. */
function chmodTree(dir: string, folderMode: number, fileMode: number): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chmodTree(path, folderMode, fileMode);
    else chmodSync(path, fileMode);
  }
  chmodSync(dir, folderMode);
}

describe.skipIf(process.platform === 'win32')(
  'a project folder the user may read but not write (real permissions)',
  () => {
    // Not under the test run's temporary folder: it is 0700, so nobody could not reach in.
    const root = mkdtempSync(join(asRoot ? '/tmp' : tmpdir(), 'loupe-readonly-'));
    const project = join(root, 'project');
    const home = join(root, 'home');
    const out = join(root, 'out');
    afterAll(() => {
      if (existsSync(project)) chmodTree(project, 0o755, 0o644);
      rmSync(root, { recursive: true, force: true });
    });

    it('refuses an import with a message that says why and what to do, changes nothing, and still exports', () => {
      chmodSync(root, 0o755); // mkdtemp's 0700 would keep nobody out of the whole tree
      mkdirSync(home, { mode: 0o777 });
      mkdirSync(out, { mode: 0o777 });
      chmodSync(home, 0o777);
      chmodSync(out, 0o777);
      const setUp = runCli(['init', project], home);
      expect(setUp.code, setUp.stderr).toBe(0);
      const seeded = runCli(['import', project, PARQUET, '--annotator', 'amira'], home);
      expect(seeded.code, seeded.stderr).toBe(0);
      chmodTree(project, 0o555, 0o444);
      const before = snapshotFolder(project);

      const refused = loupe(['import', project, PARQUET, '--annotator', 'lena'], home);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(
        /Read-only: Loupe cannot write in this project folder \(you have no permission to create files in its folder\)\. Ask for write access, or copy the project to a folder of yours/,
      );
      expect(snapshotFolder(project)).toEqual(before);

      const exported = loupe(
        [
          'export',
          project,
          '--format',
          'conll',
          '--annotator',
          'amira',
          '--out',
          join(out, 'a.conll'),
        ],
        home,
      );
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stderr).toMatch(
        /^Exported 3 documents, 5 spans, 0 stances of amira as conll/,
      );
      // The five entities of the imported records, one B- tag each (make.py's tag ids).
      const conll = readFileSync(join(out, 'a.conll'), 'utf8');
      expect(conll.match(/\tB-\w+$|\sB-\w+$/gm)).toHaveLength(5);
      expect(snapshotFolder(project)).toEqual(before);
      expect(existsSync(join(project, '.loupe.lock'))).toBe(false);
    }, 180_000);
  },
);
