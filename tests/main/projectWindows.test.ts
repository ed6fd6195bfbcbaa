import { describe, expect, it } from 'vitest';
import type { Workbench } from '../../src/node';
import { ProjectWindows, type ShellWindow } from '../../src/main/projectWindows';

interface FakeWindow extends ShellWindow {
  focused: number;
}

function registry() {
  const opened: string[] = [];
  const closedWorkbenches: string[] = [];
  let next = 1;
  const windows = new ProjectWindows<FakeWindow>(async (dir) => {
    opened.push(dir);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const window: FakeWindow = {
      contentsId: next++,
      focused: 0,
      focus: () => void window.focused++,
      close: () => undefined,
    };
    const workbench = {
      close: async () => void closedWorkbenches.push(dir),
    } as unknown as Workbench;
    return { window, workbench };
  });
  return { windows, opened, closedWorkbenches };
}

describe('ProjectWindows', () => {
  it('opens a project once and focuses its window when it is opened again', async () => {
    const { windows, opened } = registry();
    const first = await windows.show('/p/news');
    const again = await windows.show('/p/news');
    expect(first.opened).toBe(true);
    expect(again).toEqual({ window: first.window, opened: false });
    expect(first.window.focused).toBe(1);
    expect(opened).toEqual(['/p/news']);
  });

  it('opens one window even when asked twice at once (two quick "open with")', async () => {
    const { windows, opened } = registry();
    const [a, b] = await Promise.all([windows.show('/p/news'), windows.show('/p/news')]);
    expect(a.window).toBe(b.window);
    expect(opened).toEqual(['/p/news']);
  });

  it('routes IPC to the sending window and closes the workbench with its window', async () => {
    const { windows, closedWorkbenches } = registry();
    const news = await windows.show('/p/news');
    const other = await windows.show('/p/other');
    expect(windows.size).toBe(2);
    expect(windows.dirOf(other.window.contentsId)).toBe('/p/other');
    expect(windows.workbenchFor(99)).toBeUndefined();
    await windows.closed(news.window.contentsId);
    expect(closedWorkbenches).toEqual(['/p/news']);
    expect(windows.workbenchFor(news.window.contentsId)).toBeUndefined();
    await windows.closeAll();
    expect(closedWorkbenches).toEqual(['/p/news', '/p/other']);
  });
});
