import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createProject,
  createWorkbench,
  UserSettingsFile,
  type Workbench,
} from '../../../src/node';
import { tempDir } from '../../helpers/tempProject';

/** A fault scenario's folders: the project, the user folder, and a place for source files. */
export interface FaultProject {
  readonly root: string;
  readonly dir: string;
  readonly userFolder: string;
  readonly sources: string;
}

/** Short news-like texts with the characters that break offset code (CRLF, emoji, Arabic). */
export const FAULT_TEXTS: Readonly<Record<string, string>> = {
  'ap.txt': 'BAGHDAD (AP) — Iraq asked the US to plan a troop withdrawal.\r\nThe US said no.',
  'rudaw.txt': 'Adel Abdul-Mahdi spoke with Mike Pompeo 😀 on Thursday about US forces.',
  'scrape.txt': 'Loading… Follow us on Twitter\nعادل عبد المهدي said: 👩‍👩‍👧 the request stands.',
};

/** A new project holding `texts`, with annotator `annotator` set in its own user folder. */
export async function faultProject(
  texts: Readonly<Record<string, string>> = FAULT_TEXTS,
  annotator = 'tester',
): Promise<FaultProject> {
  const root = tempDir('loupe-faults-');
  const project = {
    root,
    dir: join(root, 'project'),
    userFolder: join(root, 'user'),
    sources: join(root, 'sources'),
  };
  await mkdir(project.sources);
  for (const [name, text] of Object.entries(texts))
    await writeFile(join(project.sources, name), text);
  await createProject(project.dir, { name: 'faults', seedsDir: project.sources });
  await (await UserSettingsFile.load(project.userFolder)).update({ annotator });
  return project;
}

/** A workbench on the scenario's project, as the app or the CLI would open it. */
export function openWorkbench(
  project: FaultProject,
  userFolder = project.userFolder,
): Promise<Workbench> {
  return createWorkbench(project.dir, { userFolder });
}
