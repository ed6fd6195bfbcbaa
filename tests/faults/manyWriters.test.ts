import { spawn, type ChildProcess } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../src/node';
import { layerFilesNow } from '../helpers/layerFilesNow';
import { programArgs } from '../helpers/programBundles';
import { runCliAsync } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';
import { faultProject } from './support/faultProject';

const root = join(import.meta.dirname, '..', '..');
const EDITS_PER_WRITER = 40;

interface Served {
  readonly port: number;
  readonly token: string;
  readonly readOnly: string | null;
  readonly child: ChildProcess;
}

function serve(dir: string, userFolder: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    [...programArgs('tests/faults/support/serveWorker.ts'), dir, userFolder],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ ...JSON.parse(line), child });
    });
    child.once('exit', (code) => reject(new Error(`serve worker exited ${code}: ${err}`)));
  });
}

/** One edit through the HTTP API; its outcome as the client saw it. */
async function edit(server: Served, note: string, at: number): Promise<'acknowledged' | string> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/addSpan`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-loupe-token': server.token },
    body: JSON.stringify({
      documentId: 'ap',
      label: 'GPE',
      fragments: [{ start: at, end: at + 1 }],
      note,
    }),
  });
  const envelope = (await response.json()) as {
    ok: boolean;
    error?: { code: string; message: string };
  };
  return envelope.ok ? 'acknowledged' : `${envelope.error?.code}: ${envelope.error?.message}`;
}

describe('many writers on one project through different paths', () => {
  it('three serve processes, the app in process and CLI imports: every acknowledged edit survives, the rest are refused clearly', async () => {
    const project = await faultProject();
    const alias = join(tempDir(), 'alias');
    symlinkSync(project.dir, alias);
    const paths = [project.dir, alias, `${project.dir}/../project/.`];
    const servers = [];
    for (const path of paths) servers.push(await serve(path, project.userFolder));
    const app = await createWorkbench(alias, {
      userFolder: project.userFolder,
      owner: 'the Loupe app',
    });
    expect(servers.filter((s) => s.readOnly === null)).toHaveLength(1);
    expect(app.readOnly).toMatch(/^Read-only: .*loupe serve/);

    const sources = tempDir();
    const imports = [0, 1, 2].map((i) => {
      const file = join(sources, `new-${i}.txt`);
      writeFileSync(file, `A new report number ${i}.`);
      return runCliAsync(
        ['import', i % 2 ? alias : project.dir, file, '--format', 'txt'],
        project.userFolder,
      );
    });
    const outcomes = new Map<string, string>();
    await Promise.all([
      ...servers.map(async (server, w) => {
        for (let e = 0; e < EDITS_PER_WRITER; e++) {
          const note = `w${w}-e${e}`;
          outcomes.set(note, await edit(server, note, (w * EDITS_PER_WRITER + e) % 60));
        }
      }),
      (async () => {
        for (let e = 0; e < EDITS_PER_WRITER; e++) {
          const note = `app-e${e}`;
          outcomes.set(
            note,
            await app
              .addSpan({
                documentId: 'ap',
                label: 'GPE',
                fragments: [{ start: e, end: e + 1 }],
                note,
              })
              .then(
                () => 'acknowledged',
                (error: { code: string; message: string }) => `${error.code}: ${error.message}`,
              ),
          );
        }
      })(),
    ]);
    const imported = await Promise.all(imports);
    for (const server of servers) {
      const exited = new Promise((done) => server.child.once('exit', done));
      server.child.kill('SIGTERM');
      await exited;
    }
    await app.close();

    const layer = layerFilesNow(project.dir, 'tester', 'ap');
    const stored = new Set(layer.spans.map((s) => s.note ?? ''));
    const acknowledged = [...outcomes].filter(([, outcome]) => outcome === 'acknowledged');
    const refused = [...outcomes].filter(([, outcome]) => outcome !== 'acknowledged');
    const lost = acknowledged.filter(([note]) => !stored.has(note));
    expect(lost).toEqual([]);
    expect(acknowledged.length).toBe(EDITS_PER_WRITER);
    for (const [, outcome] of refused)
      expect(outcome).toMatch(/^read_only: Read-only: .*(loupe serve|another program)/);
    for (const result of imported)
      if (result.code !== 0) expect(result.stderr).toMatch(/Read-only|another program/);
    const reopened = await createWorkbench(project.dir, {
      userFolder: project.userFolder,
      access: 'read',
    });
    expect((await reopened.validateProject({})).problems).toEqual([]);
    await reopened.close();
    console.info(
      `many writers: ${servers.length + 1 + imports.length} writers, ${outcomes.size} edits, ${acknowledged.length} acknowledged, ${refused.length} refused, ${lost.length} lost`,
    );
  });
});
