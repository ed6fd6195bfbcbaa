import { describe, expect, it } from 'vitest';
import { projectWith } from '../../helpers/tempProject';

/*
 * Two BioC files for one document imported into one layer, each with a relation R1 between
 * the same annotations but of another type: the second file's R1 is given a fresh id, as its
 * id is taken. Its kept layout names the relation by id: the export writes that file's R1
 * element from the second relation (`sees`), not from the first one (`likes`) that holds R1.
 */
const xml = (type: string) => `<?xml version="1.0" encoding="UTF-8"?>
<collection><source/><date/><key/><document><id>d</id>
<passage><offset>0</offset><text>Bob met Al.</text>
<annotation id="1"><infon key="type">PER</infon><location offset="0" length="3"/><text>Bob</text></annotation>
<annotation id="2"><infon key="type">PER</infon><location offset="8" length="2"/><text>Al</text></annotation>
<relation id="R1"><infon key="type">${type}</infon><node refid="1" role="x"/><node refid="2" role="y"/></relation>
</passage></document></collection>
`;

const upload = (name: string, content: string) => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});

describe('a BioC relation whose id the layer already holds', () => {
  it('is written back in its element, under the id its file gave it', async () => {
    const { workbench } = await projectWith({});
    for (const type of ['likes', 'sees'])
      await workbench.importFiles({ files: [upload('d.xml', xml(type))], format: 'bioc' });
    const { layer } = await workbench.openDocument({ documentId: 'd' });
    expect(layer.relations.map((r) => r.type).sort()).toEqual(['likes', 'sees']);
    const exported = await workbench.exportProject({ format: 'bioc', annotator: 'tester' });
    const content = exported.files.find((f) => f.path === 'd.xml')?.content ?? '';
    const relations = [...content.matchAll(/<relation id="([^"]*)">\s*<infon key="type">(\w+)</g)];
    // The file's element R1 holds its own relation; the other relation follows under a fresh id.
    expect(relations[0]?.slice(1)).toEqual(['R1', 'sees']);
    expect(relations.map((m) => m[2]).sort()).toEqual(['likes', 'sees']);
    expect(new Set(relations.map((m) => m[1])).size).toBe(2);
  });
});
