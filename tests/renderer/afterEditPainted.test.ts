// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { afterEditPainted } from '../../src/renderer/src/afterEditPainted';

/** Long enough for a frame and the task after it. */
function frames(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

describe('afterEditPainted', () => {
  it('runs what was asked before a frame once that frame is painted, all in one task', async () => {
    const heard: string[] = [];
    afterEditPainted(() => {
      heard.push('counts');
      // A microtask of the first run comes after the others only when they share its task
      // (their React updates then make one commit, not one each).
      queueMicrotask(() => heard.push('microtask'));
    });
    afterEditPainted(() => heard.push('list'));
    afterEditPainted(() => heard.push('panel'));
    expect(heard).toEqual([]);
    await frames();
    expect(heard).toEqual(['counts', 'list', 'panel', 'microtask']);
  });

  it('leaves out a run called off before its frame, and asks for a frame again after', async () => {
    const heard: string[] = [];
    const cancel = afterEditPainted(() => heard.push('called off'));
    afterEditPainted(() => heard.push('kept'));
    cancel();
    await frames();
    expect(heard).toEqual(['kept']);
    afterEditPainted(() => heard.push('next'));
    await frames();
    expect(heard).toEqual(['kept', 'next']);
  });
});
