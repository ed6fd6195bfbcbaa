import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { projectWith } from '../../helpers/tempProject';

type Json = Record<string, unknown>;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const write = (path: string, value: unknown) =>
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
const named = (list: unknown, key: string, value: string) =>
  (list as Json[]).find((item) => item[key] === value) as Json;

/** Fields a newer Loupe wrote into the manifest, at each level, with values Loupe must write back as they are. */
const NEWER = {
  zManifest: { review: { rounds: 2, blind: true } },
  zSchema: ['nested', { list: [1, 2] }],
  zLabel: { wikidataClass: 'Q5' },
  zStyle: 'bold',
  zTopic: { since: '2020-01-03' },
  zDocumentLabel: 42,
  zAttribute: null,
};

describe('fields Loupe does not know, in project files it rewrites', () => {
  it('keeps them in the manifest through a relation type added, the schema dialog (topics rebuilt from text) and a label rename', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo met Adel Abdul-Mahdi.' });
    await workbench.close();
    const path = join(dir, 'loupe.json');
    const manifest = read(path);
    const schema = manifest.schema as Json;
    manifest.zManifest = NEWER.zManifest;
    schema.zSchema = NEWER.zSchema;
    named(schema.labels, 'name', 'PERSON').zLabel = NEWER.zLabel;
    ((manifest.styles as Json).PERSON as Json).zStyle = NEWER.zStyle;
    named(schema.topics, 'id', 'troop-withdrawal').zTopic = NEWER.zTopic;
    named(schema.documentLabels, 'name', 'source type').zDocumentLabel = NEWER.zDocumentLabel;
    schema.attributes = [{ name: 'Negated', values: [], zAttribute: NEWER.zAttribute }];
    write(path, manifest);

    const reopened = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    await reopened.openDocument({ documentId: 'a' });
    const added = await reopened.addSpans({
      items: [
        { documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 11 }] },
        { documentId: 'a', label: 'PERSON', fragments: [{ start: 16, end: 32 }] },
      ],
    });
    const [from, to] = added.changes[0]?.upserted.map((s) => s.id) ?? [];
    await reopened.addRelation({ documentId: 'a', from: from ?? '', to: to ?? '', type: 'met' });
    // The schema dialog sends entries it rebuilt from text: no field it does not show.
    const project = await reopened.getProject({});
    await reopened.updateSchema({
      schema: {
        ...project.schema,
        labels: project.schema.labels.map((l) => ({ name: l.name, description: l.description })),
        topics: project.schema.topics.map((t) => ({ id: t.id, name: t.name })),
        documentLabels: project.schema.documentLabels.map((d) => ({
          name: d.name,
          values: d.values,
        })),
        attributes: [{ name: 'Negated', values: [] }],
      },
      styles: Object.fromEntries(
        Object.entries(project.styles).map(([name, s]) => [name, { color: s.color, key: s.key }]),
      ),
    });
    await reopened.renameLabel({ from: 'PERSON', to: 'HUMAN' });
    await reopened.close();

    const after = read(path);
    const kept = after.schema as Json;
    expect(kept.relationTypes).toContain('met');
    expect(after.zManifest).toEqual(NEWER.zManifest);
    expect(kept.zSchema).toEqual(NEWER.zSchema);
    expect(named(kept.labels, 'name', 'HUMAN')).toEqual({
      name: 'HUMAN',
      description: 'People, including fictional',
      zLabel: NEWER.zLabel,
    });
    expect((after.styles as Json).HUMAN).toEqual({ color: '#d55e00', key: '1', zStyle: 'bold' });
    expect(named(kept.topics, 'id', 'troop-withdrawal').zTopic).toEqual(NEWER.zTopic);
    expect(named(kept.documentLabels, 'name', 'source type').zDocumentLabel).toBe(42);
    expect(kept.attributes).toEqual([{ name: 'Negated', values: [], zAttribute: null }]);
    // Written as Loupe writes JSON: the kept value's text is the one it was given.
    expect(readFileSync(path, 'utf8')).toContain(
      '"zManifest": {\n    "review": {\n      "blind": true,\n      "rounds": 2\n    }\n  }',
    );
  });

  it("keeps them in an entity's file when the entity is edited", async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo met Adel Abdul-Mahdi.' });
    await workbench.createEntity({ name: 'Adel Abdul-Mahdi', type: 'PERSON' });
    await workbench.close();
    const [file] = readdirSync(join(dir, 'entities'));
    const path = join(dir, 'entities', file ?? '');
    const entity = read(path);
    write(path, { ...entity, zEntity: { born: 1942, offices: ['PM', 'VP'] } });

    const reopened = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    await reopened.updateEntity({ entityId: entity.id as string, name: 'Adil Abdul-Mahdi' });
    await reopened.close();
    expect(read(path)).toEqual({
      ...entity,
      name: 'Adil Abdul-Mahdi',
      zEntity: { born: 1942, offices: ['PM', 'VP'] },
    });
  });
});
