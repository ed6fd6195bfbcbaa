import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, createWorkbench, type Workbench } from '../../src/node';

/** A fresh temporary folder. */
export function tempDir(prefix = 'loupe-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A project with the given texts (file name → text) and a workbench on it with an annotator set. */
export async function projectWith(
  texts: Record<string, string>,
  annotator: string | null = 'tester',
): Promise<{ dir: string; workbench: Workbench }> {
  const root = tempDir();
  const sources = join(root, 'sources');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(sources);
  for (const [name, text] of Object.entries(texts)) await writeFile(join(sources, name), text);
  const dir = join(root, 'project');
  await createProject(dir, { name: 'test', seedsDir: sources });
  const workbench = await createWorkbench(dir, { userFolder: join(root, 'user') });
  if (annotator) await workbench.updateSettings({ annotator });
  return { dir, workbench };
}
