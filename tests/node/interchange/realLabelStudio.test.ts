import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject, createWorkbench, exportProject, importPaths } from '../../../src/node';
import { tempDir } from '../../helpers/tempProject';
import { REAL_TASK_FILES, shownPath } from '../../shared/formats/labelStudio/realTaskFiles';
import { emptyProject, folderWith, into } from './build';

describe('Label Studio JSON files through a project', () => {
  it.each(REAL_TASK_FILES.map((f) => [shownPath(f.path), f] as const))(
    '%s: import → export unchanged gives the file back byte for byte, under its name',
    async (_shown, { path, textField }) => {
      const content = readFileSync(path, 'utf8');
      const name = basename(path);
      const { store } = await emptyProject();
      await importPaths(store, [folderWith({ [name]: content })], {
        ...into('amy'),
        format: 'labelstudio',
        ...(textField ? { textField } : {}),
      });
      const { result, summary } = await exportProject(store, {
        format: 'labelstudio',
        annotator: 'amy',
      });
      expect(result.files.map((f) => [f.path, f.content])).toEqual([[name, content]]);
      expect(summary.notExpressed).toEqual({});
    },
  );

  it.each(REAL_TASK_FILES.map((f) => [shownPath(f.path), f] as const))(
    '%s: every layer the import made, exported together, gives the file back byte for byte',
    async (_shown, { path, textField }) => {
      const content = readFileSync(path, 'utf8');
      const name = basename(path);
      const { store } = await emptyProject();
      await importPaths(store, [folderWith({ [name]: content })], {
        annotator: { fallback: () => 'amy' },
        format: 'labelstudio',
        ...(textField ? { textField } : {}),
      });
      const layers = await store.listAnnotators();
      const { result, summary } = await exportProject(store, {
        format: 'labelstudio',
        annotator: layers[0] ?? 'amy',
        annotators: layers,
      });
      expect(result.files.map((f) => [f.path, f.content])).toEqual([[name, content]]);
      expect(summary.notExpressed).toEqual({});
    },
  );

  it("writes a task edited in Loupe in the file's key order and layout, the others as they were", async () => {
    // Keys as Label Studio 0.x wrote them (sorted), four spaces a level.
    const task = (id: number, text: string, result: object[]) => ({
      annotations: [{ id: 100 + id, result }],
      data: { text },
      id,
    });
    const tasks = [task(1, 'IBM hired Ana.', []), task(2, 'Ana left.', [])];
    const content = JSON.stringify(tasks, null, 4);
    const root = tempDir();
    const dir = join(root, 'project');
    await createProject(dir);
    const workbench = await createWorkbench(dir, { userFolder: join(root, 'user') });
    await workbench.updateSettings({ annotator: 'amy' });
    const source = folderWith({ 'tasks.json': content });
    await workbench.importPaths({ paths: [source], format: 'labelstudio', annotator: 'amy' });
    const first = (await workbench.listDocuments({})).find((d) => d.name.startsWith('1'));
    if (!first) throw new Error('task 1 not imported');
    await workbench.addSpan({
      documentId: first.id,
      label: 'ORG',
      fragments: [{ start: 0, end: 3 }],
    });
    const out = join(root, 'out');
    const exported = await workbench.exportTo({ format: 'labelstudio', annotator: 'amy', out });
    await workbench.close();
    expect(exported.files.map((f) => basename(f.path))).toEqual(['tasks.json']);
    const written = readFileSync(join(out, 'tasks.json'), 'utf8');
    const [edited] = JSON.parse(written) as { annotations: { result: { id: string }[] }[] }[];
    const region = edited?.annotations[0]?.result[0];
    expect(Object.keys(region ?? {})).toEqual(['id', 'from_name', 'to_name', 'type', 'value']);
    const ibm = { ...region, value: { start: 0, end: 3, text: 'IBM', labels: ['ORG'] } };
    expect(written).toBe(JSON.stringify([task(1, 'IBM hired Ana.', [ibm]), tasks[1]], null, 4));
  });

  it('writes a project that did not come from Label Studio to labelstudio.json', async () => {
    const { store } = await emptyProject();
    const record = JSON.stringify({ text: 'IBM hired Ana.', label: [[0, 3, 'ORG']] });
    await importPaths(store, [folderWith({ 'a.jsonl': record })], into('amy'));
    const { result } = await exportProject(store, { format: 'labelstudio', annotator: 'amy' });
    expect(result.files.map((f) => f.path)).toEqual(['labelstudio.json']);
  });
});
