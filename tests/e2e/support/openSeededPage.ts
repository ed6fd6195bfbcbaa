import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject } from '../../../src/node';
import { openProjectPage, type ProjectPage } from './openProjectPage';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');

/** A seeded project open in Chromium, with the folder it lives in (to read its files). */
export interface SeededPage extends ProjectPage {
  readonly dir: string;
}

/**
 * A new project of the demo articles named `name`, served and open in Chromium for
 * `annotator` (no first-run question), at 1024 × 800 unless told otherwise.
 * @example const project = await openSeededPage('Stances by keys'); await project.page.keyboard.press('Tab');
 */
export async function openSeededPage(
  name: string,
  annotator = 'lena',
  viewport = { width: 1024, height: 800 },
): Promise<SeededPage> {
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-seeded-'));
  const dir = join(root, 'project');
  await createProject(dir, { name, seedsDir: SEEDS });
  return { ...(await openProjectPage(dir, join(root, 'home'), annotator, viewport)), dir };
}
