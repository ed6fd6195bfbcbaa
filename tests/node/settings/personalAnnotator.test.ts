import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { runCli } from '../../helpers/runCli';
import { projectWith, tempDir } from '../../helpers/tempProject';

describe('gold is never a personal annotator', () => {
  it('is refused as the annotator in settings, in any case', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    for (const annotator of ['gold', 'Gold', 'GOLD'])
      await expect(workbench.updateSettings({ annotator })).rejects.toMatchObject({
        code: 'invalid_request',
        message: expect.stringContaining('adjudicated layer'),
      });
    expect((await workbench.getSettings({})).annotator).toBe('tester');
    await workbench.close();
  });

  it('is refused as the annotator of an import (API and local paths)', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const base64 = Buffer.from('Iraq Iran talks').toString('base64');
    await expect(
      workbench.importFiles({
        files: [{ name: 'b.txt', base64 }],
        format: 'txt',
        annotator: 'gold',
      }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await workbench.close();
  });

  it('is not taken from a settings file that says gold', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' }, null);
    await workbench.close();
    const user = tempDir();
    mkdirSync(user, { recursive: true });
    writeFileSync(
      join(user, 'settings.json'),
      JSON.stringify({ formatVersion: 1, annotator: 'gold' }),
    );
    const reopened = await createWorkbench(dir, { userFolder: user });
    expect((await reopened.getSettings({})).annotator).not.toBe('gold');
    await expect(
      reopened.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 4 }] }),
    ).rejects.toMatchObject({ code: 'no_annotator' });
    await reopened.close();
  });

  it('is refused by loupe import --annotator gold, leaving the project untouched', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = join(tempDir(), 'x.jsonl');
    writeFileSync(
      source,
      `${JSON.stringify({ text: 'Iraq', spans: [{ start: 0, end: 4, label: 'GPE' }] })}\n`,
    );
    const result = runCli(
      ['import', dir, source, '--format', 'spans-jsonl', '--annotator', 'gold'],
      home,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/adjudicated layer/);
    expect(runCli(['stats', dir, '--json'], home).stdout).toMatch(/"documents": 0/);
  });
});
