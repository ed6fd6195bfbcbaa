import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { LOCK_FILE, ProjectLock, scanProjectFolder } from '../../../src/node/store';
import { projectWith, tempDir } from '../../helpers/tempProject';

/** A socket listening at `path` (closing it removes the file); answers how to close it. */
async function plantSocket(path: string): Promise<() => void> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return () => server.close();
}

/** Nothing to take away: the entry stays in its own project folder. */
function stays(): void {}

/** What can stand where the writer's lock should be, other than a file; each answers how to take it away. */
const LOCKS_THAT_ARE_NO_FILE: Record<string, (path: string) => Promise<() => void>> = {
  'a folder': async (path) => {
    await mkdir(path);
    return stays;
  },
  'a FIFO': async (path) => {
    execFileSync('mkfifo', [path]);
    return stays;
  },
  'a socket': plantSocket,
  'a link to /dev/zero': async (path) => {
    await symlink('/dev/zero', path);
    return stays;
  },
};

describe('scanProjectFolder', () => {
  it('names a .loupe.lock that is no file in the words a writer refuses it with', async () => {
    for (const [kind, plant] of Object.entries(LOCKS_THAT_ARE_NO_FILE)) {
      const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
      await workbench.close();
      const takeAway = await plant(join(dir, LOCK_FILE));
      const writer = await ProjectLock.acquire(dir, { owner: 'loupe import' }).then(
        () => expect.fail(`${kind}: a writer took the lock`),
        (error: Error) => error.message,
      );
      const reader = await createWorkbench(dir, { userFolder: tempDir(), access: 'read' });
      const report = await reader.validateProject({});
      await reader.close();
      takeAway();
      expect(report.ok, kind).toBe(false);
      expect(
        report.problems.map((p) => `${p.file}: ${p.reason}`),
        kind,
      ).toEqual([writer]);
    }
  });

  it('names a link loop as a loop (ELOOP), never as a link to something missing', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.close();
    await symlink('loop2.json', join(dir, 'documents', 'loop1.json'));
    await symlink('loop1.json', join(dir, 'documents', 'loop2.json'));
    await mkdir(join(dir, 'annotations'), { recursive: true });
    await symlink('bob', join(dir, 'annotations', 'bob'));
    const findings = await scanProjectFolder(dir);
    expect(findings.map((f) => [f.file, f.repair])).toEqual([
      ['annotations/bob', 'remove-link'],
      ['documents/loop1.json', 'remove-link'],
      ['documents/loop2.json', 'remove-link'],
    ]);
    for (const finding of findings)
      expect(finding.reason, finding.file).toMatch(/^is a symbolic link loop \(ELOOP\)/);
    const reader = await createWorkbench(dir, { userFolder: tempDir(), access: 'read' });
    const report = await reader.validateProject({});
    await reader.close();
    expect(report.problems.map((p) => `${p.file}: ${p.reason}`).join('\n')).not.toMatch(
      /does not exist|too many symbolic links/,
    );
    expect(report.problems.map((p) => p.file)).toEqual([
      'annotations/bob',
      'documents/loop1.json',
      'documents/loop2.json',
    ]);
  });
});

describe('scanProjectFolder and Windows names', () => {
  it('names each project entry a teammate on Windows could not check out', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.close();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'documents', 'CON.txt'), 'x');
    await mkdir(join(dir, 'annotations', 'aux'));
    await mkdir(join(dir, 'annotations', 'bob.'));
    const found = (await scanProjectFolder(dir)).filter((f) => /on Windows/.test(f.reason));
    expect(found.map((f) => f.file)).toEqual([
      'annotations/aux',
      'annotations/bob.',
      'documents/CON.txt',
    ]);
    expect(found[0]?.reason).toMatch(
      /"AUX" is a reserved device name on Windows.*cannot check out/,
    );
  });
});

describe("scanProjectFolder and the lock's break file", () => {
  it('names a .loupe.lock.break that is a folder or a FIFO in the words a writer refuses it with', async () => {
    for (const kind of ['a folder', 'a FIFO']) {
      const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
      await workbench.close();
      const path = join(dir, `${LOCK_FILE}.break`);
      if (kind === 'a folder') await mkdir(path);
      else execFileSync('mkfifo', [path]);
      const found = (await scanProjectFolder(dir)).filter((f) => f.file === `${LOCK_FILE}.break`);
      expect(found, kind).toHaveLength(1);
      expect(found[0]?.reason, kind).toMatch(new RegExp(`^is not a regular file \\(${kind}\\)`));
    }
  });
});
