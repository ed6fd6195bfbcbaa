import { describe, expect, it } from 'vitest';
import { projectWith } from '../../helpers/tempProject';

/*
 * A brat file imported with skip invalid into a layer that already holds one of its spans: the
 * import merges the file's T1 into that span (Loupe's id), and the line left out as invalid (R2,
 * naming T99, which no line defines) names it by that id from then on. Once that span is deleted,
 * the line goes back naming T1, as its file had it, not Loupe's id.
 */
const TEXT = 'Fabry disease causes pain.';
const ANN = [
  'T1\tPERSON 0 13\tFabry disease',
  'T2\tSign 21 25\tpain',
  'R2\tCauses Arg1:T1 Arg2:T99',
];

const upload = (name: string, content: string) => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});

describe('a brat line left out as invalid, naming a span merged on import', () => {
  it('names it as its file did once the span is deleted', async () => {
    const { workbench } = await projectWith({ 'd.txt': TEXT });
    await workbench.addSpan({
      documentId: 'd',
      label: 'PERSON',
      fragments: [{ start: 0, end: 13 }],
    });
    const made = (await workbench.openDocument({ documentId: 'd' })).layer.spans[0];
    if (!made) throw new Error('no span made');
    const result = await workbench.importFiles({
      files: [upload('d.txt', TEXT), upload('d.ann', `${ANN.join('\n')}\n`)],
      format: 'brat',
      skipInvalid: true,
    });
    expect(JSON.stringify(result)).toContain('T99');
    const { layer } = await workbench.openDocument({ documentId: 'd' });
    // T1 was merged into the span made in Loupe: one PERSON span, under Loupe's id.
    const person = layer.spans.filter((s) => s.label === 'PERSON');
    expect(person.map((s) => s.id)).toEqual([made.id]);
    expect(made.id).not.toMatch(/^T[0-9]+$/);
    // Before the span is deleted, the line names it by the id the export writes it under.
    const before = await workbench.exportProject({ format: 'brat', annotator: 'tester' });
    const beforeAnn = before.files.find((f) => f.path === 'd.ann')?.content ?? '';
    const t = /^(T[0-9]+)\tPERSON 0 13\tFabry disease$/m.exec(beforeAnn)?.[1];
    expect(beforeAnn).toContain(`R2\tCauses Arg1:${t} Arg2:T99\n`);
    await workbench.deleteSpan({ documentId: 'd', spanId: made.id });
    const exported = await workbench.exportProject({ format: 'brat', annotator: 'tester' });
    const ann = exported.files.find((f) => f.path === 'd.ann')?.content ?? '';
    expect(ann).not.toContain(made.id);
    expect(ann).toContain('R2\tCauses Arg1:T1 Arg2:T99\n');
    // No annotation written is given the id the line names.
    expect(ann).not.toMatch(/^T1\t/m);
  });
});
