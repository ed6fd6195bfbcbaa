import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench, type Workbench } from '../../src/node';
import { startServer } from '../../src/server';
import { EXPORT_FORMATS } from '../../src/shared/contract/interchange';
import { tempDir } from '../helpers/tempProject';
import { faultProject } from './support/faultProject';
import { HOSTILE_CASES } from './support/hostileCorpus';

/** Every file under a folder, recursively, as relative paths: what must stay as it was. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => join(e.parentPath, e.name).slice(dir.length))
    .sort();
}

/** An error a person can act on: a known code and a message, never `internal`. */
function expectClear(error: unknown): void {
  expect(error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  expect((error as { code: string }).code).not.toBe('internal');
}

describe(`a hostile project folder (${HOSTILE_CASES.length} cases: links, FIFOs, devices, huge files, wrong annotators, versions, reserved names)`, () => {
  it('opens without hanging, validate names every case, the API and exports answer clearly, nothing outside changes', async () => {
    const project = await faultProject();
    const outside = tempDir('loupe-outside-');
    for (const hostile of HOSTILE_CASES) await hostile.plant(project.dir, outside);
    const before = listing(outside);

    const reader = await createWorkbench(project.dir, {
      userFolder: project.userFolder,
      access: 'read',
    });
    const report = await reader.validateProject({});
    await reader.close();
    expect(report.ok).toBe(false);
    const files = report.problems.map((p) => p.file);
    for (const hostile of HOSTILE_CASES)
      expect(
        files.some((f) => f.startsWith(hostile.file)),
        `${hostile.name}: ${hostile.file} in ${files.join(', ')}`,
      ).toBe(true);
    // A FIFO or a device is one problem, said once, however many checks meet it.
    for (const hostile of HOSTILE_CASES.filter((h) => /FIFO|device/.test(h.name)))
      expect(
        files.filter((f) => f === hostile.file),
        hostile.name,
      ).toHaveLength(1);

    const workbench: Workbench = await createWorkbench(project.dir, {
      userFolder: project.userFolder,
    });
    const server = await startServer({ invoke: workbench.invoke, staticDir: tempDir() });
    const api = async (method: string, body: unknown) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-loupe-token': server.token },
        body: JSON.stringify(body),
      });
      const envelope = (await response.json()) as { ok: boolean; error?: { code: string } };
      if (!envelope.ok)
        expect(
          envelope.error?.code,
          `${method} ${JSON.stringify(body)}: ${JSON.stringify(envelope.error)}`,
        ).not.toBe('internal');
      return envelope;
    };
    expect((await api('getProject', {})).ok).toBe(true);
    const listed = (await api('listDocuments', {})) as unknown as { result: { id: string }[] };
    for (const { id } of listed.result) await api('openDocument', { documentId: id });
    for (const annotator of ['tester', 'carol', 'dave', 'hal'])
      for (const format of EXPORT_FORMATS) await api('previewExport', { format, annotator });
    // A text Loupe refuses to read (huge, linked, a FIFO) stops an export with its file named.
    const exported = await api('exportProject', {
      format: 'spans-jsonl',
      annotator: 'hal',
      out: 'hal.jsonl',
    });
    expect(JSON.stringify(exported)).toMatch(exported.ok ? /hal/ : /documents\//);

    await workbench.addSpan({ documentId: 'ap', label: 'GPE', fragments: [{ start: 0, end: 7 }] });
    await workbench
      .updateSettings({ annotator: 'bob' })
      .then(() =>
        workbench.addSpan({ documentId: 'ap', label: 'GPE', fragments: [{ start: 0, end: 7 }] }),
      )
      .then(
        () => expect.fail('an edit through a linked annotator folder was accepted'),
        expectClear,
      );
    await workbench.updateSettings({ annotator: 'dave' });
    await workbench.addSpan({ documentId: 'ap', label: 'GPE', fragments: [{ start: 0, end: 7 }] });
    expect(listing(join(project.dir, 'annotations')).some((f) => f.includes('alice'))).toBe(false);
    await server.close();
    await workbench.close();
    expect(listing(outside)).toEqual(before);
  });
});
