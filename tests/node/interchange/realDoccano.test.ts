import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { SHARED_DIR } from '../../../scripts/interop/sharedTools';
import { emptyProject, folderWith, into } from './build';

const REAL = join(SHARED_DIR, 'fixtures', 'real', 'doccano');
const absent = !existsSync(REAL);
if (absent) console.warn(`skipped: doccano's real files are absent (${REAL})`);

/**
 * doccano's JSONL files of one annotator (doccano's two tests of a record without text are
 * refused, as doccano refuses them; doccano-transformer's labeling.jsonl holds two users' work,
 * imported into a layer each, and comes back whole from an export of those layers together).
 */
const FILES = absent
  ? []
  : [
      ...readdirSync(REAL).filter(
        (f) =>
          f.endsWith('.jsonl') &&
          !f.startsWith('data_import__tests__data__intent') &&
          f !== 'data_import__tests__data__sequence_labeling__example.jsonl',
      ),
      'doccano-transformer/labeling_text_label.jsonl',
    ];

describe.skipIf(absent)('doccano JSONL files through a project', () => {
  it.each(FILES)(
    '%s: import → export unchanged gives the file back byte for byte',
    async (name) => {
      const content = readFileSync(join(REAL, name), 'utf8');
      const file = name.split('/').pop() ?? name;
      const { store } = await emptyProject();
      await importPaths(store, [folderWith({ [file]: content })], {
        ...into('amy'),
        format: 'doccano',
      });
      const { result, summary } = await exportProject(store, {
        format: 'doccano',
        annotator: 'amy',
      });
      expect(result.files.map((f) => [f.path, f.content])).toEqual([[file, content]]);
      expect(summary.notExpressed).toEqual({});
    },
  );

  it('doccano-transformer/labeling.jsonl: its users’ layers exported together give it back byte for byte', async () => {
    const content = readFileSync(join(REAL, 'doccano-transformer', 'labeling.jsonl'), 'utf8');
    const { store } = await emptyProject();
    await importPaths(store, [folderWith({ 'labeling.jsonl': content })], {
      ...into('amy'),
      format: 'doccano',
    });
    // Record 2578 holds users 1 and 2, each imported into a layer of their own; 2580, user 2's alone, goes to amy.
    expect(await store.listAnnotators()).toEqual(['amy', 'user1', 'user2']);
    const { result, summary } = await exportProject(store, {
      format: 'doccano',
      annotator: 'amy',
      annotators: ['user1', 'user2'],
    });
    expect(result.files.map((f) => [f.path, f.content])).toEqual([['labeling.jsonl', content]]);
    expect(summary.notExpressed).toEqual({});
    // One user's layer alone writes the record with that user's annotations, and says what it left out.
    const alone = await exportProject(store, { format: 'doccano', annotator: 'user1' });
    expect(alone.summary.notExpressed).toEqual({
      'annotation of another user of its record, in that user’s layer (export the layers together)': 5,
    });
  });

  it('writes several layers together only to doccano', async () => {
    const { store } = await emptyProject();
    const record = '{"text": "Mike left.", "label": [[0, 4, "PER"]]}\n';
    await importPaths(store, [folderWith({ 'a.jsonl': record })], { ...into('amy') });
    await importPaths(store, [folderWith({ 'a.jsonl': record })], { ...into('bob') });
    await expect(
      exportProject(store, { format: 'conll', annotator: 'amy', annotators: ['bob'] }),
    ).rejects.toThrow(/CoNLL.*one layer/);
  });

  it('writes two files of one name from different folders back apart, and a new document to doccano.jsonl', async () => {
    const a = '{"text": "Mike left.", "label": [[0, 4, "PER"]]}\n';
    const b = '{"text": "Ann came.", "label": []}\n';
    const { store } = await emptyProject();
    await importPaths(store, [folderWith({ 'x.jsonl': a }), folderWith({ 'x.jsonl': b })], {
      ...into('amy'),
      format: 'doccano',
    });
    await importPaths(store, [folderWith({ 'new.txt': 'Hi.' })], { ...into('amy'), format: 'txt' });
    const { result } = await exportProject(store, { format: 'doccano', annotator: 'amy' });
    const files = result.files.map((f) => [f.path, f.content]);
    expect(files).toContainEqual(['x.jsonl', a]);
    expect(files).toContainEqual(['x-2.jsonl', b]);
    expect(files.map(([path]) => path).sort()).toEqual(['doccano.jsonl', 'x-2.jsonl', 'x.jsonl']);
  });
});
