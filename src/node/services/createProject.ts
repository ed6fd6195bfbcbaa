import { basename, resolve } from 'node:path';
import { defaultLabelSchema, defaultLabelStyles, FORMAT_VERSION } from '../../shared/model';
import { ProjectStore } from '../store';
import { importTexts } from './importTexts';

/** Options of a new project. */
export interface CreateProjectOptions {
  readonly name?: string;
  /** A folder of `.txt` files to start with (the demo corpus). */
  readonly seedsDir?: string;
}

/** Creates a project folder with the default schema, optionally with the seed articles. */
export async function createProject(dir: string, options: CreateProjectOptions = {}): Promise<ProjectStore> {
  const store = await ProjectStore.create(dir, {
    formatVersion: FORMAT_VERSION,
    name: options.name ?? basename(resolve(dir)),
    schema: defaultLabelSchema(),
    styles: defaultLabelStyles(),
    createdAt: new Date().toISOString(),
  });
  if (options.seedsDir) await importTexts(store, [options.seedsDir]);
  return store;
}
