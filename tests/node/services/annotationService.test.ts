import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ChunkedList } from '../../../src/shared/collections';
import { createWorkbench } from '../../../src/node';
import { join, dirname } from 'node:path';
import { projectWith } from '../../helpers/tempProject';

const TEXT = 'Ortagus said the US presence in Iraq is a force for good.';

async function withSpans() {
  const project = await projectWith({ 'a.txt': TEXT });
  const add = async (needle: string, label: string): Promise<string> => {
    const start = TEXT.indexOf(needle);
    const result = await project.workbench.addSpan({
      documentId: 'a',
      label,
      fragments: [{ start, end: start + needle.length }],
    });
    return result.changes[0]!.upserted[0]!.id;
  };
  const person = await add('Ortagus', 'PERSON');
  const country = await add('Iraq', 'GPE');
  return { ...project, person, country };
}

describe('relations', () => {
  it('relates two spans, keeps the relation across a reload, deletes it, undoes', async () => {
    const { workbench, dir, person, country } = await withSpans();
    const added = await workbench.addRelation({
      documentId: 'a',
      from: person,
      to: country,
      type: 'located-in',
    });
    const relation = added.changes[0]!.relationsUpserted[0]!;
    expect(relation).toMatchObject({ type: 'located-in', from: person, to: country });
    expect(added.projectChanged).toBe(false);
    // Named by its text and the relation by its type: a window shows this sentence as it is.
    await expect(workbench.deleteSpan({ documentId: 'a', spanId: country })).rejects.toThrow(
      '“Iraq” is an end of the relation located-in: delete that relation first (Relations, beside the text)',
    );
    await workbench.close();
    const again = await createWorkbench(dir, { userFolder: join(dirname(dir), 'user') });
    expect((await again.openDocument({ documentId: 'a' })).layer.relations).toEqual([relation]);
    const removed = await again.deleteRelation({ documentId: 'a', relationId: relation.id });
    expect(removed.changes[0]!.relationsRemoved).toEqual([relation.id]);
    expect((await again.openDocument({ documentId: 'a' })).layer.relations).toEqual([]);
    await again.undo({});
    expect((await again.openDocument({ documentId: 'a' })).layer.relations).toEqual([relation]);
  });

  it('writes a relation as brat writes one: R1, type, Arg1 and Arg2 (brat standoff format)', async () => {
    const { workbench, person, country } = await withSpans();
    await workbench.addRelation({ documentId: 'a', from: person, to: country, type: 'located-in' });
    const download = await workbench.exportProject({ format: 'brat', annotator: 'tester' });
    const ann = download.files.find((f) => f.path === 'a.ann')?.content;
    expect(ann).toBe(
      'T1\tPERSON 0 7\tOrtagus\nT2\tGPE 32 36\tIraq\nR1\tlocated-in Arg1:T1 Arg2:T2\n',
    );
  });

  it('adds a type the schema lacks to it; refuses a span related to itself or a missing span', async () => {
    const { workbench, person, country } = await withSpans();
    const added = await workbench.addRelation({
      documentId: 'a',
      from: country,
      to: person,
      type: 'visited-by',
    });
    expect(added.projectChanged).toBe(true);
    expect((await workbench.getProject({})).schema.relationTypes).toContain('visited-by');
    await expect(
      workbench.addRelation({ documentId: 'a', from: person, to: person, type: 'part-of' }),
    ).rejects.toThrow(/cannot be related to itself/);
    await expect(
      workbench.addRelation({ documentId: 'a', from: person, to: 's_gone', type: 'part-of' }),
    ).rejects.toThrow(/no span s_gone/);
  });
});

describe('dismissed known names', () => {
  it('are kept in the layer, once each, sorted, and survive a reload', async () => {
    const { workbench, dir } = await projectWith({ 'a.txt': TEXT });
    await workbench.dismissName({ documentId: 'a', start: 32, end: 36 });
    await workbench.dismissName({ documentId: 'a', start: 0, end: 7 });
    const twice = await workbench.dismissName({ documentId: 'a', start: 32, end: 36 });
    expect(twice.changes).toEqual([]);
    const again = await createWorkbench(dir, { userFolder: join(dirname(dir), 'user') });
    expect((await again.openDocument({ documentId: 'a' })).layer.dismissedNames).toEqual([
      { start: 0, end: 7 },
      { start: 32, end: 36 },
    ]);
    await expect(again.dismissName({ documentId: 'a', start: 50, end: 90 })).rejects.toThrow(
      /outside the text/,
    );
  });
});

describe('openDocument', () => {
  it('prepares the layer for edits once it has answered, so the first edit does not build the span list', async () => {
    const { workbench, dir } = await withSpans();
    await workbench.close();
    const again = await createWorkbench(dir, { userFolder: join(dirname(dir), 'user') });
    await again.openDocument({ documentId: 'a' });
    await new Promise((resolve) => setImmediate(resolve));
    const build = vi.spyOn(ChunkedList, 'of');
    await again.addSpan({ documentId: 'a', label: 'GPE', fragments: [{ start: 17, end: 19 }] });
    expect(build).not.toHaveBeenCalled();
    build.mockRestore();
    await again.close();
  });
});

describe('a layer whose journal is read-only (mode 444)', () => {
  it('opens with a notice naming the journal and what to do, and edits are refused as data naming it', async () => {
    const { chmodSync } = await import('node:fs');
    const { workbench, dir } = await withSpans();
    const journal = join(dir, 'annotations', 'tester', 'a.journal.jsonl');
    chmodSync(journal, 0o444);
    expect((await workbench.openDocument({ documentId: 'a' })).notice).toEqual({
      file: 'annotations/tester/a.journal.jsonl',
      reason:
        'is read-only (mode 444): Loupe leaves it as it is and saves no edit of this layer; make it writable (chmod u+w) to edit it',
    });
    const refused = await workbench.invoke('setStatus', { documentId: 'a', status: 'done' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'read_only',
        details: {
          file: 'annotations/tester/a.journal.jsonl',
          reason: expect.stringMatching(/^is read-only \(mode 444\)/),
        },
      },
    });
    chmodSync(journal, 0o644); // a chmod changes no stat Loupe versions a layer by: asked afresh
    expect((await workbench.openDocument({ documentId: 'a' })).notice).toBeUndefined();
    await workbench.close();
  });
});

describe('edits of a document whose text cannot be read', () => {
  const PERSON = { documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 7 }] };

  it('are refused as data naming the text, whether or not the document was opened first', async () => {
    const { workbench, dir } = await withSpans();
    await workbench.close();
    const text = join(dir, 'documents', 'a.txt');
    const layer = join(dir, 'annotations', 'tester', 'a.json');
    const before = readFileSync(layer, 'utf8');
    rmSync(text);
    const again = await createWorkbench(dir, { userFolder: join(dirname(dir), 'user') });
    expect(await again.invoke('addSpan', PERSON)).toMatchObject({
      ok: false,
      error: {
        code: 'damaged_file',
        message: expect.stringMatching(
          /^documents\/a\.txt: the text file is missing; restore it .*Nothing was saved/,
        ),
      },
    });
    expect(await again.invoke('setStatus', { documentId: 'a', status: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'damaged_file' },
    });
    await again.close();
    expect(readFileSync(layer, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'annotations', 'tester', 'a.journal.jsonl'))).toBe(false);

    // Opened and read whole, then replaced in place by another program: the next edit sees it.
    writeFileSync(text, TEXT);
    const reader = await createWorkbench(dir, { userFolder: join(dirname(dir), 'user') });
    await reader.openDocument({ documentId: 'a' });
    await reader.addSpan({ ...PERSON, label: 'GPE' });
    writeFileSync(text, TEXT.toUpperCase());
    expect(await reader.invoke('addSpan', PERSON)).toMatchObject({
      ok: false,
      error: { code: 'damaged_file', message: expect.stringMatching(/does not match its hash/) },
    });
    await reader.close();
  });
});

describe('a run of choices on one document label', () => {
  it('is one undo step back to the value before the run, kept apart from other steps', async () => {
    const { workbench } = await projectWith({ 'a.txt': TEXT });
    const labels = async () =>
      (await workbench.openDocument({ documentId: 'a' })).layer.documentLabels;
    const choose = (value: string | null, continuesRun?: boolean) =>
      workbench.setDocumentLabel({
        documentId: 'a',
        name: 'source type',
        value,
        ...(continuesRun ? { continuesRun } : {}),
      });
    await choose('news agency');
    await choose('newspaper');
    await choose('blog', true).catch(() => null); // refused: no step to join
    await choose('news agency', true);
    await choose(null, true);
    expect(await labels()).toEqual({});
    // The run (newspaper, news agency, none) goes back in one step to the choice before it.
    await workbench.undo({});
    expect(await labels()).toEqual({ 'source type': 'news agency' });
    await workbench.redo({});
    expect(await labels()).toEqual({});
    await workbench.undo({});
    // After an undo a choice said to continue the run is a step of its own.
    await choose('newspaper', true);
    await workbench.undo({});
    expect(await labels()).toEqual({ 'source type': 'news agency' });
    await workbench.undo({});
    expect(await labels()).toEqual({});
  });
});
