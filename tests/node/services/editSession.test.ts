import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { sortSpans } from '../../../src/node/services';
import { ChunkedList } from '../../../src/shared/collections';
import { projectWith } from '../../helpers/tempProject';

const TEXT = 'Ortagus said the US presence in Iraq is a force for good, and Baghdad agreed.';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A project whose document `a` holds a span over each word of TEXT. */
async function annotated() {
  const project = await projectWith({ 'a.txt': TEXT });
  const words = [...TEXT.matchAll(/\w+/g)];
  await project.workbench.addSpans({
    items: words.map((w) => ({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: w.index, end: w.index + w[0].length }],
    })),
  });
  return project;
}

describe('EditSession on a large layer', () => {
  it('adds, updates, deletes, undoes and redoes without building the layer’s flat span array', async () => {
    const { workbench, dir } = await annotated();
    const opened = (await workbench.openDocument({ documentId: 'a' })).layer;
    const flat = vi.spyOn(ChunkedList.prototype, 'toArray');
    const added = await workbench.addSpan({
      documentId: 'a',
      label: 'GPE',
      fragments: [{ start: 32, end: 36 }],
    });
    const id = added.changes[0]!.upserted[0]!.id;
    expect(added.changes[0]!.spanCount).toBe(opened.spans.length + 1);
    await workbench.updateSpan({ documentId: 'a', spanId: id, label: 'ORG' });
    await workbench.deleteSpan({ documentId: 'a', spanId: opened.spans[0]!.id });
    await workbench.undo({});
    await workbench.redo({});
    expect(flat).not.toHaveBeenCalled();

    const now = (await workbench.openDocument({ documentId: 'a' })).layer;
    const expected = sortSpans([
      ...opened.spans.slice(1),
      { ...added.changes[0]!.upserted[0]!, label: 'ORG' },
    ]);
    expect(now.spans.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    expect(now.spans.find((s) => s.id === id)?.label).toBe('ORG');
    // A layer a reader holds is not changed by later edits.
    expect(opened.spans).toHaveLength(now.spans.length);
    expect(opened.spans[0]!.id).not.toBe(now.spans[0]!.id);

    await workbench.close();
    const again = await createWorkbench(dir, { userFolder: join(dirname(dir), 'user') });
    expect((await again.openDocument({ documentId: 'a' })).layer.spans).toEqual(now.spans);
    await again.close();
  });
});
