import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DesktopStateFile } from '../../src/node';
import { tempDir } from '../helpers/tempProject';

describe('DesktopStateFile', () => {
  it('keeps recent projects newest first, without duplicates, at most ten, across runs', async () => {
    const folder = tempDir();
    const state = await DesktopStateFile.load(folder);
    for (let i = 0; i < 12; i++) await state.addRecent(`/p/${i}`);
    await state.addRecent('/p/5');
    const again = await DesktopStateFile.load(folder);
    expect(again.value.recentProjects).toEqual([
      '/p/5',
      '/p/11',
      '/p/10',
      '/p/9',
      '/p/8',
      '/p/7',
      '/p/6',
      '/p/4',
      '/p/3',
      '/p/2',
    ]);
    await again.removeRecent('/p/11');
    expect(again.value.recentProjects).not.toContain('/p/11');
  });

  it('remembers the window bounds and reads a damaged file as empty', async () => {
    const folder = tempDir();
    await (
      await DesktopStateFile.load(folder)
    ).saveWindow({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect((await DesktopStateFile.load(folder)).value.window).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
    await writeFile(join(folder, 'desktop.json'), '{ not json');
    expect((await DesktopStateFile.load(folder)).value).toEqual({
      formatVersion: 1,
      recentProjects: [],
      window: null,
    });
  });
});
