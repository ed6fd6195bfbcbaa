import { resolve } from 'node:path';
import { createWorkbench, demoProjectDir } from '../../node';
import { startServer } from '../../server';
import { CliError } from '../cliError';
import { ensureRendererBuilt } from '../ensureRendererBuilt';
import { say } from '../output';
import { rendererDir, seedsDir } from '../paths';
import type { ParsedArgs } from '../parsedArgs';

/** `loupe serve [<dir>] [--port N]`: the UI in a browser on 127.0.0.1; prints the URL with its token. */
export async function serveCommand(args: ParsedArgs): Promise<void> {
  const port = args.string('port') === undefined ? 0 : Number(args.string('port'));
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be 0..65535`, 2);
  const dir = args.positionals[0] ? resolve(args.positionals[0]) : await demoProjectDir(seedsDir);
  await ensureRendererBuilt();
  const workbench = await createWorkbench(dir, { owner: 'loupe serve' });
  if (workbench.readOnly) say(workbench.readOnly);
  const server = await startServer({ invoke: workbench.invoke, staticDir: rendererDir, port });
  say(`Loupe is serving ${dir}`);
  say(`Open this address in a browser (Ctrl+C stops):`);
  process.stdout.write(`${server.url}\n`);
  const stop = async (): Promise<void> => {
    await workbench.close();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await new Promise(() => undefined);
}
