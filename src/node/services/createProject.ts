import { defaultLabelSchema, defaultLabelStyles, FORMAT_VERSION } from '../../shared/model';
import { basename, resolve } from 'node:path';
import { ProjectFolder } from '../store';
import { importTexts } from './importTexts';

/** Options of a new project. */
export interface CreateProjectOptions {
  readonly name?: string;
  /** A folder of `.txt` files to start with (the demo corpus). */
  readonly seedsDir?: string;
}

/** Creates a project folder with the default schema and a .gitignore, optionally with the seed articles. */
export async function createProject(
  dir: string,
  options: CreateProjectOptions = {},
): Promise<ProjectFolder> {
  const store = await ProjectFolder.create(dir, {
    formatVersion: FORMAT_VERSION,
    name: options.name ?? basename(resolve(dir)),
    schema: defaultLabelSchema(),
    styles: defaultLabelStyles(),
    createdAt: new Date().toISOString(),
  });
  if (options.seedsDir) await importTexts(store, [options.seedsDir]);
  return store;
}
