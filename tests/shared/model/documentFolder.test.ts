import { describe, expect, it } from 'vitest';
import { documentMetaSchema, isDocumentFolder } from '../../../src/shared/model';

describe('a document’s folder in its collection', () => {
  it('is a relative path of plain names', () => {
    for (const folder of ['esp', 'CoNLL-ST_2002/esp', 'train/news 1', 'تقارير', '.hidden'])
      expect(isDocumentFolder(folder), folder).toBe(true);
  });

  it('never leads out of a folder, nor is absolute, a drive or a control character', () => {
    const deep = Array.from({ length: 17 }, () => 'a').join('/');
    for (const folder of [
      '',
      '.',
      '..',
      '../x',
      'a/../../x',
      '/etc',
      'a//b',
      'a/',
      'C:',
      'C:/Windows',
      'a\\..\\x',
      'a\nb',
      'a\u0000b',
      'x'.repeat(256),
      deep,
    ])
      expect(isDocumentFolder(folder), JSON.stringify(folder)).toBe(false);
  });

  it('is checked where a document’s meta is read', () => {
    const meta = {
      formatVersion: 1,
      id: 'a',
      name: 'a.txt',
      textHash: `sha256:${'0'.repeat(64)}`,
      length: 3,
      importedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(documentMetaSchema.safeParse({ ...meta, folder: 'esp' }).success).toBe(true);
    expect(documentMetaSchema.safeParse({ ...meta, folder: '../../etc' }).success).toBe(false);
  });
});
