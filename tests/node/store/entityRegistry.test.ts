import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadProblem } from '../../../src/node/store';
import { EntityRegistry } from '../../../src/node/store/entityRegistry';
import { installFsTrap } from '../../faults/support/fsTrap';
import { projectWith } from '../../helpers/tempProject';

describe('EntityRegistry', () => {
  it('names an entity file removed between listing the folder and reading it', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.createEntity({ name: 'Mike Pompeo', type: 'PERSON' });
    const [mike] = await workbench.listEntities({});
    await workbench.close();
    const file = join(dir, 'entities', `${mike?.id}.json`);
    const removeAtOpen = installFsTrap((call) => {
      if (call.op !== 'open' || call.path !== file) return;
      removeAtOpen();
      unlinkSync(file);
    });
    const problems: LoadProblem[] = [];
    try {
      const registry = await EntityRegistry.load(dir, problems);
      expect(registry.list()).toEqual([]);
      expect(problems).toEqual([
        {
          file: `entities/${mike?.id}.json`,
          reason: expect.stringMatching(/^was removed while Loupe read/),
        },
      ]);
    } finally {
      removeAtOpen();
    }
  });
});
