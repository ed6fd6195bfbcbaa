import { resolve } from 'node:path';
import { ProjectStore, StoreError } from '../node';
import { CliError } from './cliError';

/** Opens the project a command names, or fails with one line. */
export async function openStore(dir: string | undefined): Promise<ProjectStore> {
  if (!dir) throw new CliError('name a project folder', 2);
  try {
    return await ProjectStore.open(resolve(dir));
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  }
}
