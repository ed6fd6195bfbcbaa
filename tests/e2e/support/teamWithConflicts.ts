import { annotate, startTeam, type Member } from '../../node/sync/team';

/**
 * A team of alice and bob, both synced, where alice created the entities `names` and each then
 * renamed every one of them another way (`Alice name 0`, `Bob name 0`, … in the order of their
 * ids, the order the sync dialog lists conflicts in) and bob annotated Baghdad in document `a`
 * (a layer in its history): bob, closed, with a conflict per entity.
 * @example const bob = await teamWithConflicts(['Abdul-Mahdi', 'Pompeo']); // two conflicts
 */
export async function teamWithConflicts(names: readonly string[]): Promise<Member> {
  const { members } = await startTeam(['alice', 'bob']);
  const [alice, bob] = members as [Member, Member];
  for (const name of names) await alice.wb.createEntity({ name, type: 'PERSON' });
  await alice.wb.sync({});
  await bob.wb.sync({});
  const ids = (await bob.wb.listEntities({})).map((e) => e.id).sort();
  for (const [i, entityId] of ids.entries()) {
    await alice.wb.updateEntity({ entityId, name: `Alice name ${i}` });
    await bob.wb.updateEntity({ entityId, name: `Bob name ${i}` });
  }
  await annotate(bob, 'a', 'Baghdad', 'GPE');
  await alice.wb.sync({});
  await bob.wb.sync({});
  for (const m of members) await m.wb.close();
  return bob;
}
