import { makeFolders, ProjectFolder } from '../store';
import { join } from 'node:path';
import { userFolder } from '../settings/userSettings';
import { createProject } from './createProject';

/** The demo project (the seed articles), created in the user's folder on first use. */
export async function demoProjectDir(
  seedsDir: string,
  folder: string = userFolder(),
): Promise<string> {
  const dir = join(folder, 'demo');
  if (!(await ProjectFolder.exists(dir))) {
    await makeFolders(dir);
    await createProject(dir, {
      name: 'Loupe demo: Iraq asks the US to plan a troop withdrawal',
      seedsDir,
    });
  }
  return dir;
}
