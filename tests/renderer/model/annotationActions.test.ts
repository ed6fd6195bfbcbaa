import { describe, expect, it, vi } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { fragmentOf } from '../../../src/shared/spans';
import { span } from '../../helpers/span';
import { editResult, entity, layerChange } from '../helpers/modelData';
import { startedModel, TEXT } from '../helpers/testModel';

/** Where a selection is on screen (the label menu's anchor); its place does not matter here. */
const rect: DOMRect = {
  x: 0,
  y: 0,
  left: 0,
  top: 0,
  right: 1,
  bottom: 1,
  width: 1,
  height: 1,
  toJSON: () => ({}),
};

describe('AnnotationActions', () => {
  it('labels the pending range by key and selects the new span', async () => {
    const { model } = await startedModel();
    model.selection.selectRange(fragmentOf(16, 32), rect);
    expect(model.annotation.labelKey('2')).toBe(true);
    expect(model.selection.snapshot.pending).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(model.selection.snapshot.selectedId).toBe('n1');
  });

  it('saves a relation from the span it started at to the selected one, then shows it', async () => {
    const { model, fake } = await startedModel([
      span(0, 11, 'PERSON', 's1'),
      span(16, 32, 'ORG', 's2'),
    ]);
    const relation = { id: 'r1', type: 'member-of', from: 's1', to: 's2' };
    fake.answer('addRelation', () =>
      editResult([layerChange('d1', { relationsUpserted: [relation] })]),
    );
    model.selection.select('s1');
    model.annotation.startRelating();
    model.structure.relate('member-of'); // the other end is the span itself: nothing to save
    expect(fake.methods()).not.toContain('addRelation');
    model.selection.select('s2');
    model.structure.relate('member-of');
    expect(model.selection.snapshot).toMatchObject({ relateFrom: null, selectedId: 's1' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.calls.find((c) => c.method === 'addRelation')?.payload).toEqual({
      documentId: 'd1',
      from: 's1',
      to: 's2',
      type: 'member-of',
    });
    expect(model.document.snapshot.relations).toEqual([relation]);
  });

  it('keeps a selection made while the new span was being saved', async () => {
    const { model } = await startedModel();
    model.selection.selectRange(fragmentOf(16, 32), rect);
    model.annotation.label('ORG');
    model.selection.selectRange(fragmentOf(36, 43), rect);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(model.selection.snapshot.selectedId).toBeNull();
    expect(model.selection.snapshot.pending?.range).toEqual(fragmentOf(36, 43));
  });

  it('links and takes as evidence a span drawn ahead of its save, by its saved id, keeping the picker and form open', async () => {
    let answerAdd = (): void => undefined;
    const { model, fake } = await startedModel(undefined, {
      addSpan: ({ documentId }) =>
        new Promise((resolve) => {
          answerAdd = () =>
            resolve(
              editResult([layerChange(documentId, { upserted: [span(16, 32, 'ORG', 'saved1')] })]),
            );
        }),
      createEntity: () => editResult([]),
      addStance: () => editResult([]),
    });
    model.selection.selectRange(fragmentOf(16, 32), rect);
    model.annotation.label('ORG');
    const drawn = model.selection.snapshot.selectedId;
    expect(drawn).not.toBe('saved1'); // drawn at once, under a provisional id
    model.selection.setLinking(true); // the picker opens at once (E)…
    model.annotation.createEntity('Adel Abdul-Mahdi'); // …and the user is quicker than the save
    model.selection.startStance(drawn ?? ''); // S: the stance form, on the drawn span
    void model.document.addStance({ polarity: 'FAVOR', evidence: [drawn ?? ''] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.methods()).not.toContain('createEntity');
    expect(fake.methods()).not.toContain('addStance');
    answerAdd();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.calls.find((c) => c.method === 'createEntity')?.payload).toMatchObject({
      link: { documentId: 'd1', spanId: 'saved1' },
    });
    expect(fake.calls.find((c) => c.method === 'addStance')?.payload).toMatchObject({
      evidence: ['saved1'],
    });
    expect(model.selection.snapshot).toMatchObject({ selectedId: 'saved1', stanceFor: 'saved1' });
  });

  it('keeps a stance draft started on a span drawn ahead of its save, under the saved id', async () => {
    let answerAdd = (): void => undefined;
    const { model } = await startedModel(undefined, {
      addSpan: ({ documentId }) =>
        new Promise((resolve) => {
          answerAdd = () =>
            resolve(
              editResult([layerChange(documentId, { upserted: [span(16, 32, 'ORG', 'saved1')] })]),
            );
        }),
    });
    model.selection.selectRange(fragmentOf(16, 32), rect);
    model.annotation.label('ORG');
    const drawn = model.selection.snapshot.selectedId ?? '';
    // S and a holder chosen before the save answers: the draft names the drawn span.
    const draft = model.stanceDrafts.draftFor('d1', drawn, 'tester', []);
    model.stanceDrafts.update('d1', { ...draft, holder: null });
    answerAdd();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(model.stanceDrafts.draftOf('d1')).toMatchObject({ evidenceId: 'saved1', holder: null });
  });

  it('relabels the selected span by key, and leaves an unknown key alone', async () => {
    const { model, fake } = await startedModel();
    model.selection.select('s1');
    expect(model.annotation.labelKey('x')).toBe(false);
    expect(model.annotation.labelKey('3')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.calls.at(-1)?.payload).toMatchObject({ spanId: 's1', label: 'GPE' });
  });

  it('adds a fragment with Alt, and refuses one that overlaps the span', async () => {
    const { model, fake } = await startedModel();
    model.selection.select('s1');
    model.annotation.selectText(fragmentOf(36, 43), rect, true);
    expect(fake.calls.at(-1)?.payload).toMatchObject({
      fragments: [fragmentOf(0, 11), fragmentOf(36, 43)],
    });
    model.annotation.selectText(fragmentOf(5, 20), rect, true);
    expect(model.notifications.snapshot.message).toBe(
      'a fragment may not overlap the span it is added to',
    );
  });

  it('adds a fragment by keys: the selection made after F, once Shift is let go; Esc cancels', async () => {
    const { model, fake } = await startedModel();
    const said = () => model.announcements.snapshot.last?.text;
    model.selection.select('s1');
    model.annotation.startFragment();
    expect(model.selection.snapshot).toMatchObject({ fragmentFor: 's1', selectedId: 's1' });
    expect(said()).toMatch(/^Adding a fragment to \w+ “.+”: move to the text/);
    const before = fake.calls.length;
    // Shift+→ pressed and let go, key by key: the selection grows, nothing else changes.
    model.annotation.selectText(fragmentOf(36, 40), rect, false, false);
    expect(model.selection.snapshot).toMatchObject({ pending: null, selectedId: 's1' });
    expect(fake.calls.length).toBe(before);
    model.annotation.selectText(fragmentOf(36, 43), rect, false, true); // Shift let go
    expect(fake.calls.at(-1)?.payload).toMatchObject({
      spanId: 's1',
      fragments: [fragmentOf(0, 11), fragmentOf(36, 43)],
    });
    expect(model.selection.snapshot).toMatchObject({ fragmentFor: null, selectedId: 's1' });
    await vi.waitFor(() => expect(said()).toBe('Added “Baghdad” to PERSON “Mike Pompeo”'));
    // Esc ends it with nothing added, the span still selected; so does another span selected.
    model.annotation.startFragment();
    model.annotation.clear();
    expect(model.selection.snapshot).toMatchObject({ fragmentFor: null, selectedId: 's1' });
    model.annotation.startFragment();
    model.selection.select('s2');
    expect(model.selection.snapshot.fragmentFor).toBeNull();
    model.annotation.selectText(fragmentOf(36, 43), rect, false, true);
    expect(model.selection.snapshot.pending?.range).toEqual(fragmentOf(36, 43));
  });

  it('moves between spans in text order and has no neighbour past either end', async () => {
    const { model } = await startedModel([span(16, 32, 'PERSON', 'b'), span(0, 11, 'PERSON', 'a')]);
    expect(model.annotation.neighbour(-1)).toBe('b'); // from none, backwards: the last span
    model.annotation.move(1);
    model.annotation.move(1);
    expect(model.selection.snapshot.selectedId).toBe('b');
    expect(model.annotation.neighbour(1)).toBeNull();
    model.annotation.move(1);
    expect(model.selection.snapshot.selectedId).toBe('b');
    expect(model.annotation.neighbour(-1)).toBe('a');
  });

  it('accepts a suggestion as a span of its entity', async () => {
    const { model, fake } = await startedModel([], {
      listEntities: () => [entity('e1', 'Adel Abdul-Mahdi')],
    });
    expect(model.suggestions.snapshot.list.map((s) => s.text)).toEqual(['Adel Abdul-Mahdi']);
    model.selection.selectSuggestion(0);
    model.annotation.acceptSuggestion();
    expect(fake.calls.at(-1)?.payload).toMatchObject({
      label: 'PERSON',
      entityId: 'e1',
      fragments: [fragmentOf(16, 32)],
    });
  });

  it('moves between known-name suggestions by key, from beside the selected span, around the end', async () => {
    const { model } = await startedModel([span(16, 32, 'PERSON', 'adel')], {
      listEntities: () => [entity('e1', 'Mike Pompeo'), entity('e2', 'Baghdad')],
    });
    expect(model.suggestions.snapshot.list.map((s) => s.text)).toEqual(['Mike Pompeo', 'Baghdad']);
    model.selection.select('adel');
    model.annotation.moveSuggestion(1); // the first one after Adel Abdul-Mahdi
    expect(model.selection.snapshot).toMatchObject({ suggestion: 1, selectedId: null });
    model.annotation.moveSuggestion(1);
    expect(model.selection.snapshot.suggestion).toBe(0);
    model.annotation.moveSuggestion(-1);
    expect(model.selection.snapshot.suggestion).toBe(1);
  });

  it('marks done and opens the next document to do, and says both', async () => {
    const { model, fake } = await startedModel();
    fake.answer('setStatus', ({ documentId }) =>
      editResult([layerChange(documentId, { status: 'done' })]),
    );
    await model.moves.doneAndNext();
    expect(model.documents.snapshot[0]?.status).toBe('done');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(model.document.snapshot.document?.id).toBe('d2');
    expect(model.document.snapshot.document?.text).toBe(TEXT);
    expect(model.announcements.snapshot.last?.text).toBe(
      'Marked “d1.txt” done; opened “d2.txt”, document 2 of 2',
    );
    await model.moves.doneAndNext();
    expect(model.announcements.snapshot.last?.text).toBe(
      'Marked “d2.txt” done; it is the last document',
    );
  });

  it('says which entity a span was linked to once saved, and nothing when the link was refused', async () => {
    const { model, fake } = await startedModel(undefined, {
      listEntities: () => [entity('e1', 'Mike Pompeo')],
      createEntity: () => editResult([]),
    });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
    model.selection.select('s1');
    model.annotation.linkEntity('s1', 'e1');
    await settle();
    expect(fake.calls.at(-1)?.payload).toMatchObject({ spanId: 's1', entityId: 'e1' });
    expect(model.announcements.snapshot.last?.text).toBe(
      'Linked PERSON “Mike Pompeo” to Mike Pompeo',
    );
    model.annotation.createEntity('Michael R. Pompeo');
    await settle();
    expect(model.announcements.snapshot.last?.text).toBe(
      'Linked PERSON “Mike Pompeo” to a new entity, Michael R. Pompeo',
    );
    fake.answer('updateSpan', () => {
      throw new WorkbenchError('read_only', 'opened for reading');
    });
    const heard = model.announcements.snapshot.last?.id;
    model.annotation.linkEntity('s1', null);
    await settle();
    expect(model.announcements.snapshot.last?.id).toBe(heard);
    expect(model.notifications.snapshot.message).toMatch(/^Nothing was saved/);
  });
});
