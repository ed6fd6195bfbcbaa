import { resolve } from 'node:path';
import { createProject } from '../../node';
import { CliError } from '../cliError';
import { printJson, say } from '../output';
import { seedsDir } from '../paths';
import type { ParsedArgs } from '../parsedArgs';

/** `loupe init <dir> [--name N] [--seeds]`: a new project, optionally with the demo corpus. */
export async function initCommand(args: ParsedArgs): Promise<void> {
  const dir = args.positionals[0];
  if (!dir) throw new CliError('usage: loupe init <dir> [--name N] [--seeds]', 2);
  const name = args.string('name');
  const store = await createProject(resolve(dir), {
    ...(name ? { name } : {}),
    ...(args.flag('seeds') ? { seedsDir } : {}),
  });
  const documents = store.listDocuments().length;
  if (args.flag('json')) printJson({ dir: store.dir, name: store.manifest.name, documents });
  say(`Created project "${store.manifest.name}" in ${store.dir} with ${documents} document(s).`);
}
