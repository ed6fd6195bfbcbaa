import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../src/node';
import { faultProject, openWorkbench, type FaultProject } from './support/faultProject';

/** A JSON value nested `depth` arrays deep, as text: what a damaged or crafted file holds. */
function deepArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** A project file's JSON object with one more field, written as text (a value JSON.stringify could not build). */
async function addField(path: string, key: string, valueText: string): Promise<void> {
  const text = (await readFile(path, 'utf8')).trimEnd();
  await writeFile(path, `${text.slice(0, -1)},\n  ${JSON.stringify(key)}: ${valueText}\n}\n`);
}

/** A journal line Loupe's checksum accepts: the record's JSON, a tab, its CRC-32, a newline. */
function journalLine(json: string): string {
  return `${json}\t${crc32(Buffer.from(json)).toString(16).padStart(8, '0')}\n`;
}

async function annotatedProject(): Promise<FaultProject> {
  const project = await faultProject();
  const workbench = await openWorkbench(project);
  await workbench.addSpan({ documentId: 'ap', label: 'GPE', fragments: [{ start: 0, end: 7 }] });
  await workbench.close();
  return project;
}

async function problemsOf(project: FaultProject): Promise<{ file: string; reason: string }[]> {
  const reader = await createWorkbench(project.dir, {
    userFolder: project.userFolder,
    access: 'read',
  });
  const report = await reader.validateProject({});
  await reader.close();
  return report.problems.map((p) => ({ file: p.file, reason: p.reason }));
}

const NESTED = /nested over 512 arrays or objects deep/;
const DEPTH = 100_000;

describe('project files nested 100 000 deep (a JSON bomb from a teammate or a broken tool)', () => {
  it('a layer snapshot is named with the reason, not a stack overflow', async () => {
    const project = await annotatedProject();
    await addField(join(project.dir, 'annotations/tester/ap.json'), 'metadata', deepArray(DEPTH));
    const problems = await problemsOf(project);
    expect(problems).toContainEqual({
      file: 'annotations/tester/ap.json',
      reason: expect.stringMatching(NESTED),
    });
    expect(JSON.stringify(problems)).not.toMatch(/call stack|RangeError/);
  });

  it("a journal record is named with its line, not the schema check's stack overflow", async () => {
    const project = await annotatedProject();
    const journal = join(project.dir, 'annotations/tester/ap.journal.jsonl');
    const seq = (await readFile(journal, 'utf8').catch(() => '')).split('\n').length;
    await writeFile(
      journal,
      journalLine(`{"seq":${seq},"set":{"metadata":{"k":${deepArray(DEPTH)}}}}`),
      { flag: 'a' },
    );
    const problems = await problemsOf(project);
    expect(problems).toContainEqual({
      file: 'annotations/tester/ap.journal.jsonl',
      reason: expect.stringMatching(NESTED),
    });
    expect(JSON.stringify(problems)).not.toMatch(/call stack/);
  });

  it('the manifest is refused when the project opens, not accepted and then left unwritable', async () => {
    const project = await annotatedProject();
    await addField(join(project.dir, 'loupe.json'), 'kept', deepArray(DEPTH));
    await expect(openWorkbench(project)).rejects.toThrow(/loupe\.json.*nested over 512/);
  });
});
