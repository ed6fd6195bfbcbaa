import { defaultLabelSchema, defaultLabelStyles, FORMAT_VERSION } from '../../shared/model';
import { basename, join, resolve } from 'node:path';
import { atomicWrite, ProjectStore } from '../store';
import { importTexts } from './importTexts';

/** Options of a new project. */
export interface CreateProjectOptions {
  readonly name?: string;
  /** A folder of `.txt` files to start with (the demo corpus). */
  readonly seedsDir?: string;
}

/** What a project keeps out of git: the writer's lock and the app's exports. */
export const PROJECT_GITIGNORE =
  "# Loupe: the running writer's lock, and datasets exported from the app\n.loupe.lock\n.loupe.lock.*\nexports/\n";

/** Creates a project folder with the default schema and a .gitignore, optionally with the seed articles. */
export async function createProject(
  dir: string,
  options: CreateProjectOptions = {},
): Promise<ProjectStore> {
  const store = await ProjectStore.create(dir, {
    formatVersion: FORMAT_VERSION,
    name: options.name ?? basename(resolve(dir)),
    schema: defaultLabelSchema(),
    styles: defaultLabelStyles(),
    createdAt: new Date().toISOString(),
  });
  await atomicWrite(join(store.dir, '.gitignore'), PROJECT_GITIGNORE);
  if (options.seedsDir) await importTexts(store, [options.seedsDir]);
  return store;
}
