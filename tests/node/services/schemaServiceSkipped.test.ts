import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench, type Workbench } from '../../../src/node';
import { projectWith } from '../../helpers/tempProject';

const PERSON_AT = [
  { start: 0, end: 4 },
  { start: 5, end: 11 },
];

/**
 * Lena's layer of `a` with a read-only journal (two PERSON spans), her layer of `b` writable
 * (one PERSON span), omar's layer of `a` damaged (a journal whose first record is no record);
 * a third annotator's workbench on the project, with no layer of its own.
 */
async function projectWithStuckLayers(): Promise<{ dir: string; workbench: Workbench }> {
  const { dir, workbench } = await projectWith(
    { 'a.txt': 'Mike Pompeo', 'b.txt': 'Mike Pence' },
    'lena',
  );
  for (const fragment of PERSON_AT)
    await workbench.addSpan({ documentId: 'a', label: 'PERSON', fragments: [fragment] });
  await workbench.addSpan({ documentId: 'b', label: 'PERSON', fragments: [PERSON_AT[0]!] });
  chmodSync(join(dir, 'annotations/lena/a.journal.jsonl'), 0o444); // the close leaves it
  await workbench.close();
  const omar = await createWorkbench(dir, { userFolder: join(dir, '..', 'omar') });
  await omar.updateSettings({ annotator: 'omar' });
  await omar.addSpan({ documentId: 'a', label: 'PERSON', fragments: [PERSON_AT[1]!] });
  await omar.close();
  writeFileSync(join(dir, 'annotations/omar/a.journal.jsonl'), 'not a record\n{"seq":1}\tx\n');
  const zed = await createWorkbench(dir, { userFolder: join(dir, '..', 'zed') });
  await zed.updateSettings({ annotator: 'zed' });
  return { dir, workbench: zed };
}

const READ_ONLY = {
  documentId: 'a',
  annotator: 'lena',
  file: 'annotations/lena/a.journal.jsonl',
  reason: expect.stringContaining('read-only'),
  spans: 2,
};
const DAMAGED = {
  documentId: 'a',
  annotator: 'omar',
  file: expect.stringContaining('annotations/omar/a'),
  reason: expect.any(String),
  spans: null,
};

// A label rename or delete that cannot rewrite a layer (read-only journal, damaged layer)
// says which layers it left and why, and counts the spans it changed and those it left.
describe('label rename and delete across layers Loupe cannot rewrite', () => {
  it('renames the writable spans and names the read-only and damaged layers it left', async () => {
    const { dir, workbench } = await projectWithStuckLayers();
    const result = await workbench.renameLabel({ from: 'PERSON', to: 'PER' });
    expect(result.labelSpans).toEqual({
      changed: 1,
      notChanged: 2,
      skipped: expect.arrayContaining([READ_ONLY, DAMAGED]),
    });
    expect(result.labelSpans?.skipped).toHaveLength(2);
    const lena = await createWorkbench(dir, { userFolder: join(dir, '..', 'lena2') });
    await lena.updateSettings({ annotator: 'lena' });
    const label = async (documentId: string) =>
      (await lena.openDocument({ documentId })).layer.spans.map((s) => s.label);
    expect(await label('b')).toEqual(['PER']);
    expect(await label('a')).toEqual(['PERSON', 'PERSON']); // left as it was, and said
  });

  it('counts the spans of a layer it leaves when asking before a delete, and says it left them', async () => {
    const { workbench } = await projectWithStuckLayers();
    await expect(workbench.deleteLabel({ name: 'PERSON' })).rejects.toThrow(
      'label PERSON is used by 3 span(s)',
    );
    const result = await workbench.deleteLabel({ name: 'PERSON', force: true });
    expect(result.labelSpans).toEqual({
      changed: 1,
      notChanged: 2,
      skipped: expect.arrayContaining([READ_ONLY, DAMAGED]),
    });
  });

  it('the schema dialog save reports the same', async () => {
    const { workbench } = await projectWithStuckLayers();
    const { schema, styles, schemaVersion } = await workbench.getProject({});
    const result = await workbench.updateSchema({
      schema,
      styles,
      basedOn: schemaVersion,
      renames: [{ from: 'PERSON', to: 'PER' }],
    });
    expect(result.labelSpans).toMatchObject({ changed: 1, notChanged: 2 });
    expect(result.labelSpans?.skipped).toHaveLength(2);
  });

  it('reports nothing left when every layer is writable', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.addSpan({ documentId: 'a', label: 'PERSON', fragments: [PERSON_AT[0]!] });
    const result = await workbench.renameLabel({ from: 'PERSON', to: 'PER' });
    expect(result.labelSpans).toEqual({ changed: 1, notChanged: 0, skipped: [] });
  });
});
