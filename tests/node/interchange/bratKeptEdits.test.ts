import { describe, expect, it } from 'vitest';
import { projectWith } from '../../helpers/tempProject';

/*
 * A brat file with a line Loupe keeps as written (an event without a trigger of three
 * arguments, BioNLP 2016 SeeDev-full's shape; see tests/shared/formats/brat/keptLines.test.ts),
 * imported into a layer that already holds a span under one of its ids, then edited in Loupe.
 */
const TEXT = 'WRI1 controls biosynthetic pathways for fatty acids and lipids in seeds.';
const A1 = [
  'T1\tProtein 0 4\tWRI1',
  'T3\tPathway 14 51\tbiosynthetic pathways for fatty acids',
  'T4\tTissue 66 71\tseeds',
].join('\n');
const A2 = [
  'E1\tLocalization Functional_Molecule:T1 Target_Tissue:T4 Organism_Genotype:T3',
  'M1\tNegation Annotation:E1',
].join('\n');

const upload = (name: string, content: string) => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});

describe('brat lines kept as written, in a project', () => {
  it('follow a span the import gave another id and the user moved since', async () => {
    const { workbench } = await projectWith({ 's.txt': TEXT });
    // An earlier import holds T4 (another span): the file's T4 takes another id.
    await workbench.importFiles({
      files: [upload('s.txt', TEXT), upload('s.ann', 'T4\tProcess 5 13\tcontrols\n')],
      format: 'brat',
    });
    await workbench.importFiles({
      files: [upload('s.txt', TEXT), upload('s.a1', `${A1}\n`), upload('s.a2', `${A2}\n`)],
      format: 'brat',
    });
    const { layer } = await workbench.openDocument({ documentId: 's' });
    const tissue = layer.spans.find((s) => s.label === 'Tissue');
    if (!tissue) throw new Error('no Tissue span');
    expect(tissue.id).not.toBe('T4');
    await workbench.updateSpan({
      documentId: 's',
      spanId: tissue.id,
      label: 'Protein',
      fragments: [{ start: 66, end: 70 }],
    });
    const exported = await workbench.exportProject({ format: 'brat', annotator: 'tester' });
    expect(exported.summary.notExpressed).toEqual({});
    const ann = exported.files.find((f) => f.path === 's.ann')?.content ?? '';
    const organ = /^(T[0-9]+)\tProtein 66 70\tseed$/m.exec(ann)?.[1];
    expect(organ).toBeDefined();
    expect(ann).toContain(
      `E1\tLocalization Functional_Molecule:T1 Target_Tissue:${organ} Organism_Genotype:T3\nM1\tNegation Annotation:E1\n`,
    );
  });
});
