import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { firstContent } from '../../../src/renderer/src/app/firstContent';
import { testModel } from '../helpers/testModel';

describe('firstContent', () => {
  it('waits for the start, so the first frame shows the open document', async () => {
    const { model } = testModel();
    await firstContent(model, model.start());
    expect(model.project.snapshot.project).not.toBeNull();
    expect(model.document.snapshot.document?.id).toBe('d1');
  });

  it('does not wait for a slow document once the project and settings are known', async () => {
    const { model } = testModel([], { openDocument: () => new Promise<never>(() => undefined) });
    await firstContent(model, model.start());
    expect(model.project.snapshot.settings).not.toBeNull();
    expect(model.document.snapshot.document).toBeNull();
  });

  it('lets the window draw when the start fails (the window reports the failure)', async () => {
    const { model } = testModel([], {
      getProject: () => {
        throw new WorkbenchError('io', 'the manifest cannot be read');
      },
    });
    const started = model.start();
    started.catch(() => undefined);
    await firstContent(model, started);
    expect(model.project.snapshot.project).toBeNull();
  });
});
