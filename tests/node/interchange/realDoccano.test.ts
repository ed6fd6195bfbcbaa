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
 * imported into two layers, so one layer's export cannot give its records back whole).
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
