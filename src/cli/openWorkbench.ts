import { resolve } from 'node:path';
import { createWorkbench, StoreError, type Workbench } from '../node';
import { CliError } from './cliError';
import { say } from './output';

/**
 * Opens the project a command names through the one composition root: `write` takes the
 * writer's lock like the app and `loupe serve` (another holder makes it read-only, and its
 * edits are refused naming the holder); `read` takes no lock. Fails with one line.
 */
export async function openWorkbench(
  dir: string | undefined,
  owner: string,
  access: 'read' | 'write',
): Promise<Workbench> {
  if (!dir) throw new CliError('name a project folder', 2);
  try {
    return await createWorkbench(resolve(dir), { owner, access });
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * Runs `use` on an opened workbench and always closes it (releasing the lock); says on stderr
 * which journals the close left as they are (read-only ones), whether `use` failed or not.
 */
export async function withWorkbench<T>(
  dir: string | undefined,
  owner: string,
  access: 'read' | 'write',
  use: (workbench: Workbench) => Promise<T>,
): Promise<T> {
  const workbench = await openWorkbench(dir, owner, access);
  try {
    return await use(workbench);
  } finally {
    await workbench.close();
    for (const line of workbench.store.journalsLeft()) say(line);
  }
}
