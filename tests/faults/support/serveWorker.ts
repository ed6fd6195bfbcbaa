/**
 * A `loupe serve` as a separate process for the many-writers test: opens the project named in
 * argv[2] (any path to it) as the server does, serves the API on 127.0.0.1 without the
 * renderer build, and prints one JSON line: port, token and the read-only notice.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench } from '../../../src/node';
import { startServer } from '../../../src/server';

const [dir, userFolder] = process.argv.slice(2) as [string, string];
const workbench = await createWorkbench(dir, { owner: 'loupe serve', userFolder });
const server = await startServer({
  invoke: workbench.invoke,
  staticDir: mkdtempSync(join(tmpdir(), 'loupe-static-')),
});
process.stdout.write(
  `${JSON.stringify({ port: server.port, token: server.token, readOnly: workbench.readOnly })}\n`,
);
process.once('SIGTERM', () => {
  void workbench
    .close()
    .then(() => server.close())
    .then(() => process.exit(0));
});
