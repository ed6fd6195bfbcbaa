import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject } from '../../../src/node';
import { writeReviewTeam } from '../../helpers/annotatorLayer';
import { openProjectPage, type ProjectPage } from './openProjectPage';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
/** The demo's first two documents, which the review team annotated. */
export const REVIEW_DOCUMENTS = ['000_90267a0c835213d2', '001_8f0f90acb7aa8cc5'] as const;

/**
 * A project of the demo articles named `name`, where amira, omar and sam annotated the first
 * two documents (`writeReviewTeam`), open in Chromium for lena at 1024 × 800.
 * @example const project = await openReviewTeam('Open disagreements'); // then the agreement view
 */
export async function openReviewTeam(name: string): Promise<ProjectPage> {
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-review-team-'));
  const dir = join(root, 'project');
  const store = await createProject(dir, { name, seedsDir: SEEDS });
  const text = (id: string) => readFileSync(join(dir, 'documents', `${id}.txt`), 'utf8');
  const [d0, d1] = REVIEW_DOCUMENTS;
  await writeReviewTeam(store, REVIEW_DOCUMENTS, [text(d0), text(d1)], { sam: true });
  return openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
}
