import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/shared/contract/interchange';
import { projectWith } from '../../helpers/tempProject';

/** Names that break user-keyed plain objects (`obj[name]`): always tried, never left to chance. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

describe('labels, entities and attributes named like Object.prototype members', () => {
  it('work through every label operation, stats, agreement and every export', async () => {
    const text = 'a b c d e f g h i j';
    const { workbench } = await projectWith({ 'a.txt': text });
    const project = await workbench.getProject({});
    const styles = Object.fromEntries(
      PROTOTYPE_NAMES.map((name, i) => [name, { color: '#11223' + i, key: 'qrstu'.charAt(i) }]),
    );
    await workbench.updateSchema({
      schema: {
        ...project.schema,
        labels: [...project.schema.labels, ...PROTOTYPE_NAMES.map((name) => ({ name }))],
        attributes: PROTOTYPE_NAMES.map((name) => ({ name, values: [] })),
        entityTypes: [...project.schema.entityTypes, ...PROTOTYPE_NAMES],
      },
      styles: { ...project.styles, ...styles },
    });
    const after = await workbench.getProject({});
    for (const name of PROTOTYPE_NAMES) {
      expect(Object.hasOwn(after.styles, name), name).toBe(true);
      expect(after.styles[name]?.color, name).toMatch(/^#11223/);
    }
    for (const [i, label] of PROTOTYPE_NAMES.entries()) {
      await workbench.createEntity({ name: label, type: label, aliases: [label] });
      const entity = (await workbench.listEntities({})).find((e) => e.name === label);
      await workbench.addSpan({
        documentId: 'a',
        label,
        fragments: [{ start: i * 2, end: i * 2 + 1 }],
        entityId: entity?.id,
      });
    }
    // A stance resting on a span labelled `__proto__`: stance tables of no stances are refused.
    const evidence = (await workbench.openDocument({ documentId: 'a' })).layer.spans[0]!.id;
    await workbench.addStance({ documentId: 'a', polarity: 'FAVOR', evidence: [evidence] });
    const stats = await workbench.projectStats({});
    for (const name of PROTOTYPE_NAMES) expect(stats.annotators[0]?.labels[name], name).toBe(1);
    expect((await workbench.validateProject({})).problems).toEqual([]);
    for (const format of EXPORT_FORMATS) {
      const preview = await workbench.previewExport({ format, annotator: 'tester' });
      expect(preview.files.length, format).toBeGreaterThan(0);
    }
    await workbench.renameLabel({ from: 'constructor', to: 'prototype2' });
    await workbench.renameLabel({ from: '__proto__', to: 'constructor' });
    await workbench.deleteLabel({ name: 'prototype', force: true });
    const final = await workbench.getProject({});
    expect(final.schema.labels.map((l) => l.name)).toEqual(
      expect.arrayContaining(['constructor', 'prototype2', 'toString']),
    );
    expect(Object.hasOwn(final.styles, 'constructor')).toBe(true);
    await workbench.close();
  });
});
