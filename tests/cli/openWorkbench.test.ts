import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withWorkbench } from '../../src/cli/openWorkbench';
import { createProject, LOCK_FILE } from '../../src/node';
import { tempDir } from '../helpers/tempProject';

/** `.loupe.lock` as the open app (a live process: our parent) leaves it. */
async function heldByTheApp(dir: string): Promise<void> {
  await writeFile(
    join(dir, LOCK_FILE),
    JSON.stringify({
      pid: process.ppid,
      host: hostname(),
      dir,
      owner: 'the Loupe app',
      startedAt: new Date().toISOString(),
      nonce: 'app',
    }),
  );
}

/** A project and a folder with one plain text and one brat document beside it. */
async function projectAndFiles(): Promise<{ dir: string; texts: string; brat: string }> {
  const root = tempDir();
  const dir = join(root, 'project');
  await createProject(dir, { name: 'cli' });
  const texts = join(root, 'texts');
  await mkdir(texts);
  await writeFile(join(texts, 'a.txt'), 'Mike Pompeo spoke.');
  const brat = join(root, 'brat');
  await mkdir(brat);
  await writeFile(join(brat, 'b.txt'), 'Adel Abdul-Mahdi');
  await writeFile(join(brat, 'b.ann'), 'T1\tPERSON 0 16\tAdel Abdul-Mahdi\n');
  return { dir, texts, brat };
}

describe('the CLI opens projects through the one composition root', () => {
  it('holds the writer lock while a command writes, then removes it', async () => {
    const { dir } = await projectAndFiles();
    const seen = await withWorkbench(
      dir,
      'loupe import',
      'write',
      async () => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).owner,
    );
    expect(seen).toBe('loupe import');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses an edit while the app writes the project, naming the holder, and changes nothing', async () => {
    const { dir, brat } = await projectAndFiles();
    await heldByTheApp(dir);
    const refused = withWorkbench(dir, 'loupe import', 'write', (workbench) =>
      workbench.importPaths({ paths: [brat], format: 'brat', annotator: 'amira' }),
    );
    await expect(refused).rejects.toMatchObject({
      code: 'read_only',
      message: expect.stringMatching(
        /^Read-only: this project is open for writing in the Loupe app \(pid \d+/,
      ),
    });
    expect(existsSync(join(dir, 'annotations', 'amira'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).nonce).toBe('app');
  });

  it('lets an import that only adds new documents run beside the app, leaving its lock alone', async () => {
    const { dir, texts } = await projectAndFiles();
    await heldByTheApp(dir);
    const summary = await withWorkbench(dir, 'loupe import', 'write', (workbench) =>
      workbench.importTexts({ paths: [texts] }),
    );
    expect(summary.documents.map((d) => d.outcome)).toEqual(['added']);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).nonce).toBe('app');
  });

  it('reads without the lock: a reading command beside the app neither waits nor takes it', async () => {
    const { dir } = await projectAndFiles();
    await heldByTheApp(dir);
    const stats = await withWorkbench(dir, 'loupe stats', 'read', (workbench) =>
      workbench.projectStats({}),
    );
    expect(stats.name).toBe('cli');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).nonce).toBe('app');
  });
});

describe('a command that closes a project with a read-only journal', () => {
  it('leaves the journal as it is and says so on stderr, even when the command failed', async () => {
    const { chmodSync, readFileSync: read } = await import('node:fs');
    const { runCli } = await import('../helpers/runCli');
    const { projectWith } = await import('../helpers/tempProject');
    const text = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad.';
    const { dir, workbench } = await projectWith({ 'a.txt': text, 'b.txt': 'Nothing.' });
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 11 }],
    });
    await workbench.addSpan({ documentId: 'a', label: 'GPE', fragments: [{ start: 36, end: 43 }] });
    const journal = join(dir, 'annotations', 'tester', 'a.journal.jsonl');
    chmodSync(journal, 0o444); // before the close would fold it
    await workbench.close();
    const lines = read(journal, 'utf8');
    // Reads tester's layers, then fails: nothing of theirs to learn a label ORG from.
    const run = runCli(['suggest', dir, '--from', 'tester', '--labels', 'ORG'], tempDir());
    expect(run.code).not.toBe(0);
    expect(read(journal, 'utf8')).toBe(lines);
    expect(run.stderr).toMatch(
      /annotations\/tester\/a\.journal\.jsonl: is read-only \(mode 444\): Loupe left it as it is/,
    );
  });
});
