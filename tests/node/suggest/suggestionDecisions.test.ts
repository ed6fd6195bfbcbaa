import { describe, expect, it } from 'vitest';
import { writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { span } from '../../helpers/span';
import { projectWith } from '../../helpers/tempProject';

const TRAIN =
  'Mike Pompeo met Adel Abdul-Mahdi in Baghdad. Mike Pompeo left Baghdad. Adel Abdul-Mahdi stayed in Baghdad.';
const TARGET = 'Mike Pompeo flew to Baghdad. Adel Abdul-Mahdi waited in Baghdad.';

async function suggestedProject() {
  const { workbench } = await projectWith({ 'a.txt': TRAIN, 'b.txt': TARGET }, 'lena');
  const names: [string, string][] = [
    ['Mike Pompeo', 'PERSON'],
    ['Adel Abdul-Mahdi', 'PERSON'],
    ['Baghdad', 'GPE'],
  ];
  const spans = names.flatMap(([needle, label]) =>
    [...TRAIN.matchAll(new RegExp(needle, 'g'))].map((m) =>
      span(m.index, m.index + needle.length, label, `t${m.index}`),
    ),
  );
  await writeAnnotatorLayer(workbench.store, 'a', 'lena', spans);
  const result = await workbench.suggest({ from: 'lena', seed: 1 });
  return { workbench, result };
}

describe('suggestions and decisions', () => {
  it('writes suggestions only into the machine layer, never the user one', async () => {
    const { workbench, result } = await suggestedProject();
    expect(result.suggested.documentIds).toEqual(['b']);
    expect(result.crossValidation).toBeNull();
    expect((await workbench.store.readLayer('b', 'lena')).spans).toEqual([]);
    const model = await workbench.store.readLayer('b', 'model');
    expect(model.spans.length).toBe(result.suggested.spans);
    expect(model.spans.length).toBeGreaterThan(0);
  });

  it('accepts one suggestion as a copy with provenance, rejects another, accepts all of a label', async () => {
    const { workbench } = await suggestedProject();
    const model = await workbench.store.readLayer('b', 'model');
    const [first, second] = model.spans.filter((s) => s.label === 'GPE');
    const person = model.spans.find((s) => s.label === 'PERSON');
    if (!first || !second || !person) throw new Error('expected two GPE and a PERSON suggestion');
    await workbench.acceptSuggestion({ documentId: 'b', spanId: first.id });
    await workbench.rejectSuggestion({ documentId: 'b', spanId: second.id });
    const mine = (await workbench.store.readLayer('b', 'lena')).spans;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      label: 'GPE',
      fragments: first.fragments,
      author: 'lena',
      provenance: { annotator: 'model', spanId: first.id },
    });
    await expect(workbench.rejectSuggestion({ documentId: 'b', spanId: first.id })).rejects.toThrow(
      /already decided/,
    );
    await workbench.acceptSuggestionsOfLabel({ documentId: 'b', label: 'PERSON' });
    const persons = model.spans.filter((s) => s.label === 'PERSON').length;
    expect((await workbench.store.readLayer('b', 'lena')).spans).toHaveLength(1 + persons);
    const precision = await workbench.suggestionPrecision({});
    expect(precision.byLabel.GPE).toMatchObject({ accepted: 1, rejected: 1, precision: 0.5 });
    expect(precision.byLabel.PERSON).toMatchObject({
      accepted: persons,
      rejected: 0,
      precision: 1,
    });
  });

  it('undoes an accept in both layers, and a new suggest keeps what was decided', async () => {
    const { workbench } = await suggestedProject();
    const model = await workbench.store.readLayer('b', 'model');
    const [first] = model.spans;
    if (!first) throw new Error('expected a suggestion');
    await workbench.rejectSuggestion({ documentId: 'b', spanId: first.id });
    await workbench.suggest({ from: 'lena', seed: 1, documents: ['b'] });
    const again = await workbench.store.readLayer('b', 'model');
    expect(again.spans.filter((s) => s.id === first.id)).toHaveLength(1);
    expect(again.spans).toHaveLength(model.spans.length);
    const open = again.spans.find((s) => s.attributes?.decision === undefined);
    if (!open) throw new Error('expected an open suggestion');
    await workbench.acceptSuggestion({ documentId: 'b', spanId: open.id });
    await workbench.undo({});
    expect((await workbench.store.readLayer('b', 'lena')).spans).toEqual([]);
    const undone = await workbench.store.readLayer('b', 'model');
    expect(undone.spans.find((s) => s.id === open.id)?.attributes?.decision).toBeUndefined();
  });
});
