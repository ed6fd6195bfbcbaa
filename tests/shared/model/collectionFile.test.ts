import { describe, expect, it } from 'vitest';
import { collectionFileSchema, manifestSchema } from '../../../src/shared/model';

describe('a kept collection file in the manifest', () => {
  it('names one of brat’s files, in a folder Loupe keeps, of bounded size', () => {
    const file = { format: 'brat', folder: 'esp', name: 'tools.conf', content: '[search]\n' };
    expect(collectionFileSchema.safeParse(file).success).toBe(true);
    for (const folder of ['../up', '/etc', 'a\\b', 'C:', '.', ''])
      expect(collectionFileSchema.safeParse({ ...file, folder }).success).toBe(false);
    for (const name of ['passwd', '../annotation.conf', 'esp/tools.conf'])
      expect(collectionFileSchema.safeParse({ ...file, name }).success).toBe(false);
    expect(
      collectionFileSchema.safeParse({ ...file, content: 'x'.repeat(256 * 1024 + 1) }).success,
    ).toBe(false);
  });

  it('is refused past 32 files', () => {
    const manifest = {
      formatVersion: 1,
      name: 'p',
      schema: { labels: [], relationTypes: [], attributes: [], documentLabels: [] },
      styles: {},
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const files = Array.from({ length: 33 }, () => ({
      format: 'brat',
      name: 'README',
      content: '',
    }));
    const parsed = manifestSchema.safeParse({ ...manifest, collectionFiles: files });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toContain(
      'collectionFiles',
    );
  });
});
