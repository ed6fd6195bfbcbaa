import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { projectWith, tempDir } from '../../helpers/tempProject';

// An import may still name `gold` on purpose (adjudicated files from a teammate, as the import
// dialog offers): that is the adjudicated layer chosen explicitly, not a personal name.
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
});
