import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import type { Entity } from '../../../src/shared/model';
import { EntitiesStore } from '../../../src/renderer/src/model/entitiesStore';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import { fakeWorkbench } from '../helpers/fakeWorkbench';

const seen: Entity = {
  id: 'e1',
  name: 'Adel Abdul-Mahdi',
  type: 'PERSON',
  aliases: ['Abdul-Mahdi'],
};
const theirs: Entity = { ...seen, kbId: 'Q3253977' };

describe('EntitiesStore', () => {
  it('sends the entity as it was shown, and rereads the registry when someone changed it since', async () => {
    let registry = [seen];
    const fake = fakeWorkbench({ listEntities: () => registry });
    fake.answer('updateEntity', () => {
      throw new WorkbenchError('conflict', 'the entity Adel Abdul-Mahdi was changed elsewhere');
    });
    const notifications = new NotificationsStore();
    const store = new EntitiesStore(fake.client, notifications, async (call) =>
      call.catch((error: unknown) => {
        notifications.report(error);
        return null;
      }),
    );
    await store.refresh();
    registry = [theirs]; // a sync brought a teammate's knowledge base id meanwhile
    const result = await store.updateDetails('e1', {
      name: seen.name,
      type: 'PERSON',
      aliases: ['Abdul-Mahdi'],
      kbId: '',
      note: 'prime minister',
    });
    expect(result).toBeNull();
    const update = fake.calls.find((c) => c.method === 'updateEntity');
    expect(update?.payload).toMatchObject({
      note: 'prime minister',
      basedOn: { name: seen.name, type: 'PERSON', aliases: ['Abdul-Mahdi'], kbId: '', note: '' },
    });
    expect(store.snapshot.entities).toEqual([theirs]);
    expect(notifications.snapshot.message).toMatch(/Someone else changed this/);
  });
});
