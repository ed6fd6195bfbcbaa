import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { projectWith } from '../../helpers/tempProject';

describe('the document list reads layer counts lightly', () => {
  it('counts spans and stances of layers it has not opened, and sees a teammate’s change to the file', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo met Adel Abdul-Mahdi.' });
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 11 }],
    });
    await workbench.setStatus({ documentId: 'a', status: 'done' });
    await workbench.close();

    const fresh = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    const layers = (await fresh.listDocuments({}))[0]!.layers!;
    expect(layers).toEqual([{ annotator: 'tester', status: 'done', spanCount: 1, stanceCount: 0 }]);

    const file = join(dir, 'annotations', 'tester', 'a.json');
    const layer = JSON.parse(readFileSync(file, 'utf8'));
    layer.spans.push({ ...layer.spans[0], id: 's_second', fragments: [{ start: 16, end: 32 }] });
    layer.status = 'in_progress';
    writeFileSync(file, JSON.stringify(layer, null, 2));
    expect((await fresh.listDocuments({}))[0]).toMatchObject({
      spanCount: 2,
      status: 'in_progress',
    });

    writeFileSync(file, '{ "status": "done", "spans": [');
    const damaged = (await fresh.listDocuments({}))[0]!;
    expect(damaged.problem).toMatch(/a\.json/);
    expect(damaged.spanCount).toBe(0);
    await fresh.close();
  });
});
