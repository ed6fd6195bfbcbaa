import { describe, expect, it } from 'vitest';
import { mentionSchema, WorkbenchError } from '../../../src/shared/contract';
import { spanSchema, type Entity, type Span } from '../../../src/shared/model';
import { EntitiesStore } from '../../../src/renderer/src/model/entitiesStore';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import { fakeWorkbench } from '../helpers/fakeWorkbench';
import { editResult, layerChange } from '../helpers/modelData';

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

  it('rereads the open mentions after an edit that changed one of them or linked a span to it', async () => {
    const fake = fakeWorkbench({ listEntities: () => [seen], entityMentions: () => [] });
    const notifications = new NotificationsStore();
    const store = new EntitiesStore(fake.client, notifications, async (call) => call);
    const reads = (): number => fake.methods().filter((m) => m === 'entityMentions').length;
    const span = (id: string, entityId?: string): Span =>
      spanSchema.parse({
        id,
        label: 'PERSON',
        fragments: [{ start: 0, end: 4 }],
        ...(entityId ? { entityId } : {}),
        author: 'amira',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    const removed = editResult([layerChange('d1', { removed: ['s1'] })]);
    await store.afterEdit(removed);
    expect(reads()).toBe(0); // no mentions open: nothing read
    fake.answer('entityMentions', () => [
      mentionSchema.parse({
        documentId: 'd1',
        documentName: 'd1.txt',
        spanId: 's1',
        label: 'PERSON',
        start: 0,
        end: 4,
        text: 'Adel',
      }),
    ]);
    await store.showMentions('e1');
    expect(reads()).toBe(1);
    await store.afterEdit(editResult([layerChange('d1', { upserted: [span('s2')] })]));
    await store.afterEdit(editResult([layerChange('d2', { removed: ['s1'] })]));
    expect(reads()).toBe(1); // another span, the same id in another document: not its mentions
    await store.afterEdit(removed); // deleted (or a link undone)
    await store.afterEdit(editResult([layerChange('d1', { upserted: [span('s1')] })])); // unlinked, made longer
    await store.afterEdit(editResult([layerChange('d3', { upserted: [span('s9', 'e1')] })])); // linked
    expect(reads()).toBe(4);
  });
  it('shows the mentions last asked for: an earlier answer coming later is dropped, and a list closed meanwhile stays closed', async () => {
    const waiting = new Map<string, () => void>();
    const fake = fakeWorkbench({
      listEntities: () => [seen],
      entityMentions: ({ entityId }) =>
        entityId === 'slow'
          ? new Promise<[]>((resolve) => waiting.set(entityId, () => resolve([])))
          : [],
    });
    const store = new EntitiesStore(fake.client, new NotificationsStore(), async (call) => call);
    const slow = store.showMentions('slow');
    await store.showMentions('e1');
    waiting.get('slow')?.();
    await slow;
    expect(store.snapshot.mentions?.entityId).toBe('e1');
    const again = store.showMentions('slow');
    await store.showMentions(null);
    waiting.get('slow')?.();
    await again;
    expect(store.snapshot.mentions).toBeNull();
  });
});
