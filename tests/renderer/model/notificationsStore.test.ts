import { describe, expect, it } from 'vitest';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import { WorkbenchError } from '../../../src/shared/contract';

describe('NotificationsStore', () => {
  it("shows a workbench error's own sentence with what to do, any error's message, or the value", () => {
    const notifications = new NotificationsStore();
    notifications.report(new WorkbenchError('not_found', 'no document d9'));
    expect(notifications.snapshot.message).toBe(
      'No document d9: another window or a teammate may have removed it. Reopen the document to see it as it is now.',
    );
    notifications.report(new Error('disk full'));
    expect(notifications.snapshot.message).toBe('Disk full');
    notifications.report('plain');
    expect(notifications.snapshot.message).toBe('plain');
    notifications.dismiss();
    expect(notifications.snapshot.message).toBeNull();
  });

  it('tells its listeners of each change until they unsubscribe', () => {
    const notifications = new NotificationsStore();
    const seen: (string | null)[] = [];
    const stop = notifications.onDidChange(() => seen.push(notifications.snapshot.message));
    notifications.notify('one');
    stop();
    notifications.notify('two');
    expect(seen).toEqual(['one']);
  });
});
