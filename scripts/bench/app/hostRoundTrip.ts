/**
 * What Loupe's host adds to an edit, seen from outside: `loupe serve`'s server on a copy of a
 * generated document's project, a WebSocket client in this process sending the page's own
 * calls (addSpan, then deleteSpan of it), timed from send to answer. `--load N` runs N busy
 * processes meanwhile (the browser drawing on the same cores); the thread-pool rounds an edit
 * waits for are counted by async_hooks. Usage:
 * `npx tsx scripts/bench/app/hostRoundTrip.ts [--size 0] [--rounds 200] [--load 2]`.
 */
import { createHook } from 'node:async_hooks';
import { fork } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WebSocket } from 'ws';
import { EDIT_SOCKET_PATH, type SocketAnswer } from '../../../src/shared/contract';
import { createWorkbench } from '../../../src/node';
import { startServer } from '../../../src/server';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { median } from '../measure';

function argument(argv: readonly string[], name: string, fallback: string): string {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? (argv[at + 1] ?? fallback) : fallback;
}

/** Async resources of the thread pool and the file system an edit started, by type. */
const started = new Map<string, number>();
const where = new Map<string, number>();
const hook = createHook({
  init(_id, type) {
    if (type.startsWith('FS') || type === 'FILEHANDLEREQ' || type === 'STATWATCHER')
      started.set(type, (started.get(type) ?? 0) + 1);
    if (process.env.HOST_RTT_WHERE && type.startsWith('FS')) {
      const frame = (new Error().stack ?? '')
        .split('\n')
        .find((line) => line.includes('/src/') && !line.includes('node:'));
      const key = frame?.trim() ?? '?';
      where.set(key, (where.get(key) ?? 0) + 1);
    }
  },
});

async function main(): Promise<void> {
  if (process.argv[2] === '--busy') {
    for (;;) Math.sqrt(Math.random()); // one core's worth of load, until killed
  }
  const argv = process.argv.slice(2);
  const options = parseBenchOptions([]);
  const sizes = documentSizes({ ...options, sizes: null, scale: 1 });
  const size = sizes[Number(argument(argv, 'size', '0'))];
  if (!size) throw new Error(`--size must be 0..${sizes.length - 1}`);
  const rounds = Number(argument(argv, 'rounds', '200'));
  const load = Number(argument(argv, 'load', '0'));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const source = await documentProject(options, size, log);
  const dir = join(await mkdtemp(join(tmpdir(), 'loupe-host-rtt-')), 'project');
  await cp(source, dir, { recursive: true });
  const workbench = await createWorkbench(dir, { userFolder: await benchUserFolder(options) });
  const server = await startServer({
    invoke: workbench.invoke,
    staticDir: resolve('out/renderer'),
  });
  const [first] = await workbench.listDocuments({});
  if (!first) throw new Error('no document');
  await workbench.openDocument({ documentId: first.id });
  const origin = `http://127.0.0.1:${server.port}`;
  const ws = new WebSocket(
    `ws://127.0.0.1:${server.port}${EDIT_SOCKET_PATH}?token=${server.token}`,
    { headers: { origin } },
  );
  await new Promise((done, fail) => {
    ws.once('open', done);
    ws.once('error', fail);
  });
  let next = 1;
  const call = (method: string, payload: unknown): Promise<SocketAnswer> => {
    const id = next++;
    return new Promise((done) => {
      const onMessage = (data: unknown): void => {
        const answer = JSON.parse(String(data)) as SocketAnswer;
        if (answer.id !== id) return;
        ws.off('message', onMessage);
        done(answer);
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, method, payload }));
    });
  };
  const busy = Array.from({ length: load }, () =>
    fork(process.argv[1] ?? '', ['--busy'], { execArgv: process.execArgv }),
  );
  const adds: number[] = [];
  const deletes: number[] = [];
  let cpu = process.cpuUsage();
  try {
    for (let i = 0; i < rounds + 5; i++) {
      if (i === 5) {
        started.clear();
        where.clear();
        hook.enable();
        cpu = process.cpuUsage();
      }
      let at = performance.now();
      const added = await call('addSpan', {
        documentId: first.id,
        label: 'PERSON',
        fragments: [{ start: 10, end: 20 }],
      });
      const add = performance.now() - at;
      if (!added.envelope.ok) throw new Error(JSON.stringify(added.envelope));
      const spanId = (added.envelope.result as { changes: { upserted: { id: string }[] }[] })
        .changes[0]?.upserted[0]?.id;
      at = performance.now();
      await call('deleteSpan', { documentId: first.id, spanId });
      const remove = performance.now() - at;
      if (i >= 5) {
        adds.push(add);
        deletes.push(remove);
      }
      await new Promise((done) => setTimeout(done, 20)); // a user's pace, not a burst
    }
    cpu = process.cpuUsage(cpu);
  } finally {
    hook.disable();
    for (const child of busy) child.kill();
    ws.close();
    await server.close();
    await workbench.close();
  }
  for (const [line, n] of where)
    if (n >= rounds) console.log(`${(n / (2 * rounds)).toFixed(1)} ${line}`);
  const perEdit = [...started].map(([type, n]) => `${type} ${(n / (2 * rounds)).toFixed(1)}`);
  console.log(
    `${size.name}, load ${load}: add ${median(adds).toFixed(2)} ms, delete ${median(deletes).toFixed(2)} ms (median of ${rounds}); per edit: ${perEdit.join(', ')}; CPU of this process (host and client) ${((cpu.user + cpu.system) / 1000 / (2 * rounds)).toFixed(2)} ms`,
  );
}

void main();
