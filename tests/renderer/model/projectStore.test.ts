import { describe, expect, it } from 'vitest';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import { ProjectStore } from '../../../src/renderer/src/model/projectStore';
import { fakeWorkbench } from '../helpers/fakeWorkbench';
import { projectInfo, settings } from '../helpers/modelData';

describe('ProjectStore', () => {
  it('loads the project and settings and says which files could not be read', async () => {
    const notifications = new NotificationsStore();
    const fake = fakeWorkbench({
      getProject: () =>
        projectInfo({ problems: [{ file: 'entities/e1.json', reason: 'bad JSON' }] }),
      getSettings: () => settings(),
    });
    const project = new ProjectStore(fake.client, notifications);
    await project.load();
    expect(project.snapshot.project?.name).toBe('News');
    expect(notifications.snapshot.message).toBe(
      'Some files could not be loaded: entities/e1.json: bad JSON',
    );
  });

  it('keeps the settings the workbench answers', async () => {
    const fake = fakeWorkbench({
      updateSettings: (request) => settings({ snapToWords: request.snapToWords ?? false }),
    });
    const project = new ProjectStore(fake.client, new NotificationsStore());
    await project.updateSettings({ snapToWords: true });
    expect(project.snapshot.settings?.snapToWords).toBe(true);
    expect(fake.calls).toEqual([{ method: 'updateSettings', payload: { snapToWords: true } }]);
  });
});
