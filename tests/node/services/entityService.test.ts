import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { projectWith } from '../../helpers/tempProject';

const DOCS = {
  'ap.txt': 'Prime Minister Adel Abdul-Mahdi spoke.',
  'rt.txt': 'Adil Abdul-Mahdi asked Mike Pompeo.',
  'fr.txt': 'Adel Abdel Mahdi and Adel Abdul Mahdi.',
};

function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const i = text.indexOf(needle, from);
  return {
    start: Array.from(text.slice(0, i)).length,
    end: Array.from(text.slice(0, i)).length + Array.from(needle).length,
  };
}

describe('entity registry', () => {
  it('links the four spellings to one entity found by the fuzzy picker, and lists every mention', async () => {
    const { dir, workbench } = await projectWith(DOCS);
    const span = async (doc: string, needle: string, from = 0) =>
      (
        await workbench.addSpan({
          documentId: doc,
          label: 'PERSON',
          fragments: [at(DOCS[`${doc}.txt` as keyof typeof DOCS], needle, from)],
        })
      ).changes[0]!.upserted[0]!.id;
    const first = await span('ap', 'Adel Abdul-Mahdi');
    const created = await workbench.createEntity({
      name: 'Adel Abdul-Mahdi',
      type: 'PERSON',
      kbId: 'Q3253977',
      link: { documentId: 'ap', spanId: first },
    });
    expect(created.entitiesChanged).toBe(true);
    const [entity] = await workbench.listEntities({});
    await workbench.createEntity({ name: 'Mike Pompeo', type: 'PERSON' });
    for (const [doc, needle, from] of [
      ['rt', 'Adil Abdul-Mahdi', 0],
      ['fr', 'Adel Abdel Mahdi', 0],
      ['fr', 'Adel Abdul Mahdi', 10],
    ] as const) {
      const [best] = await workbench.searchEntities({ query: needle });
      expect(best?.entity.id, needle).toBe(entity!.id);
      await workbench.updateSpan({
        documentId: doc,
        spanId: await span(doc, needle, from),
        entityId: best!.entity.id,
      });
    }
    const mentions = await workbench.entityMentions({ entityId: entity!.id });
    expect(mentions.map((m) => m.text).sort()).toEqual([
      'Adel Abdel Mahdi',
      'Adel Abdul Mahdi',
      'Adel Abdul-Mahdi',
      'Adil Abdul-Mahdi',
    ]);
    const stored = JSON.parse(readFileSync(join(dir, 'entities', `${entity!.id}.json`), 'utf8'));
    expect(stored).toMatchObject({ formatVersion: 1, name: 'Adel Abdul-Mahdi', kbId: 'Q3253977' });
  });

  it('merges two entities (aliases, links) and undoes the merge', async () => {
    const { dir, workbench } = await projectWith(DOCS);
    const s1 = (
      await workbench.addSpan({
        documentId: 'ap',
        label: 'PERSON',
        fragments: [at(DOCS['ap.txt'], 'Adel Abdul-Mahdi')],
      })
    ).changes[0]!.upserted[0]!.id;
    const s2 = (
      await workbench.addSpan({
        documentId: 'rt',
        label: 'PERSON',
        fragments: [at(DOCS['rt.txt'], 'Adil Abdul-Mahdi')],
      })
    ).changes[0]!.upserted[0]!.id;
    await workbench.createEntity({
      name: 'Adel Abdul-Mahdi',
      type: 'PERSON',
      link: { documentId: 'ap', spanId: s1 },
    });
    await workbench.createEntity({
      name: 'Adil Abdul-Mahdi',
      type: 'PERSON',
      aliases: ['Abdul-Mahdi'],
      link: { documentId: 'rt', spanId: s2 },
    });
    const [a, b] = await workbench.listEntities({});
    await workbench.mergeEntities({ from: b!.id, into: a!.id });
    const live = await workbench.listEntities({});
    expect(live).toHaveLength(1);
    expect(live[0]!.aliases).toEqual(['Adil Abdul-Mahdi', 'Abdul-Mahdi']);
    expect((await workbench.openDocument({ documentId: 'rt' })).layer.spans[0]!.entityId).toBe(
      a!.id,
    );
    expect(
      JSON.parse(readFileSync(join(dir, 'entities', `${b!.id}.json`), 'utf8')).mergedInto,
    ).toBe(a!.id);
    await workbench.undo({});
    expect(await workbench.listEntities({})).toHaveLength(2);
    expect((await workbench.openDocument({ documentId: 'rt' })).layer.spans[0]!.entityId).toBe(
      b!.id,
    );
    await workbench.undo({});
    expect(readdirSync(join(dir, 'entities'))).toHaveLength(1);
    expect(
      (await workbench.openDocument({ documentId: 'rt' })).layer.spans[0]!.entityId,
    ).toBeUndefined();
  });

  it('keeps entities across reopening and refuses unknown ids', async () => {
    const { dir, workbench } = await projectWith(DOCS);
    await workbench.createEntity({
      name: 'Mike Pompeo',
      type: 'PERSON',
      aliases: ['Pompeo', 'pompeo'],
    });
    const again = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    expect((await again.listEntities({}))[0]).toMatchObject({
      name: 'Mike Pompeo',
      aliases: ['Pompeo'],
    });
    await expect(
      again.updateSpan({ documentId: 'ap', spanId: 'nope', entityId: 'e_x' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
  it('refuses a details edit made from an entity a teammate changed since (conflict), saving nothing', async () => {
    const { dir, workbench } = await projectWith(DOCS);
    await workbench.createEntity({ name: 'Adel Abdul-Mahdi', type: 'PERSON' });
    const [seen] = await workbench.listEntities({});
    const basedOn = { name: seen!.name, type: seen!.type, aliases: [], kbId: '', note: '' };
    // A teammate's copy arrives (git pull): the same entity, with a knowledge base id.
    const file = join(dir, 'entities', `${seen!.id}.json`);
    const theirs = { ...JSON.parse(readFileSync(file, 'utf8')), kbId: 'Q3253977' };
    writeFileSync(file, JSON.stringify(theirs));
    const stale = workbench.updateEntity({
      entityId: seen!.id,
      ...basedOn,
      note: 'prime minister',
      basedOn,
    });
    await expect(stale).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/changed elsewhere since you opened it \(kbId\)/),
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(theirs);
    // From what is there now, the same edit goes through and keeps their id.
    await workbench.updateEntity({
      entityId: seen!.id,
      note: 'prime minister',
      basedOn: { ...basedOn, kbId: 'Q3253977' },
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      kbId: 'Q3253977',
      note: 'prime minister',
    });
  });
});
