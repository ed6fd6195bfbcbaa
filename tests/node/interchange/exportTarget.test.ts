import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../src/shared/contract/interchange';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { projectWith, tempDir } from '../../helpers/tempProject';

describe("an export's place", () => {
  it("is never among the project's own files, even through a link; elsewhere in the project it may be", async () => {
    const { workbench, dir } = await projectWith({ 'a.txt': 'IBM hired Ana in Baghdad.' });
    await workbench.addSpan({ documentId: 'a', label: 'ORG', fragments: [{ start: 0, end: 3 }] });
    await workbench.close();
    const outside = tempDir();
    symlinkSync(join(dir, 'annotations'), join(outside, 'linked'));
    const before = snapshotFolder(dir);
    const refused: [ExportFormat, string][] = [
      ['spans-jsonl', join(dir, 'documents', 'a.txt')],
      ['doccano', join(dir, 'loupe.json')],
      ['brat', join(dir, 'documents')],
      ['hf', join(outside, 'linked', 'tester')],
      ['labelstudio', join(dir, '.git', 'export.json')],
    ];
    const { createWorkbench } = await import('../../../src/node');
    const reader = await createWorkbench(dir, { userFolder: tempDir(), access: 'read' });
    for (const [format, out] of refused)
      await expect(
        reader.exportTo({ format, annotator: 'tester', out }),
        out,
      ).rejects.toMatchObject({
        code: 'invalid_request',
        message: expect.stringMatching(/lies among the project's own files/),
      });
    expect(snapshotFolder(dir)).toEqual(before);
    await reader.exportTo({
      format: 'spans-jsonl',
      annotator: 'tester',
      out: join(dir, 'a.jsonl'),
    });
    await reader.exportTo({ format: 'hf', annotator: 'tester', out: join(dir, 'exports', 'hf') });
    expect(existsSync(join(dir, 'a.jsonl')) && existsSync(join(dir, 'exports', 'hf'))).toBe(true);
    await reader.close();
  });
});

describe('an export name longer than a disk takes', () => {
  it('is refused as a request to mend, not as an io error naming ENAMETOOLONG', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'IBM hired Ana in Baghdad.' });
    // 240 bytes: a name a disk takes (255), but not the temporary name written first.
    for (const out of [`${'x'.repeat(234)}.jsonl`, `${'é'.repeat(150)}.jsonl`])
      await expect(
        workbench.invoke('exportProject', { format: 'spans-jsonl', annotator: 'tester', out }),
      ).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid_request', message: expect.stringMatching(/at most 200/) },
      });
    await workbench.close();
  });
});
