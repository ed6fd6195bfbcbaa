import { describe, expect, it } from 'vitest';
import type { EditResult, LayerChange } from '../../../src/shared/contract';
import { historySaid, type LayerBefore } from '../../../src/renderer/src/model/historySaid';
import { layerChange } from '../helpers/modelData';

/** The answer of an undo that left document `d1`'s layer with `labels` and `status`. */
function answer(labels: Record<string, string>, status: LayerChange['status']): EditResult {
  const change = layerChange('d1', { documentLabels: labels, status, spanCount: 0 });
  return {
    changes: [change],
    entitiesChanged: false,
    projectChanged: false,
    history: { canUndo: true, canRedo: true },
  };
}

const BEFORE: LayerBefore = {
  documentId: 'd1',
  documentLabels: { 'source type': 'newspaper' },
  status: 'in_progress',
};

describe('what an undo or redo of a document label says', () => {
  it('names the label and the value it has now', () => {
    const result = answer({ 'source type': 'news agency' }, 'in_progress');
    expect(historySaid('undo', null, result, '', BEFORE)).toBe(
      'Undid the last edit: source type now news agency',
    );
  });

  it('says a label taken away is now none, and a status changed with it', () => {
    const result = answer({}, 'todo');
    expect(historySaid('undo', null, result, '', BEFORE)).toBe(
      'Undid the last edit: source type now none, status now to do',
    );
  });

  it('says a label given back by a redo', () => {
    const before = { ...BEFORE, documentLabels: {} };
    const result = answer({ category: 'flight' }, 'in_progress');
    expect(historySaid('redo', null, result, '', before)).toBe(
      'Redid the last edit: category now flight',
    );
  });

  it('says nothing of another document’s labels, which the window did not hold', () => {
    const result = answer({ 'source type': 'news agency' }, 'done');
    const before = { ...BEFORE, documentId: 'd2' };
    expect(historySaid('undo', null, result, '', before)).toBe('Undid the last edit');
  });
});

describe('what an undo or redo of a decision on a suggestion says', () => {
  it('names the decision, not the spans it changed', () => {
    const step = { documentId: 'd1', decision: { said: 'reject GPE “Iraq”', ghost: null } };
    const result = answer({ 'source type': 'newspaper' }, 'todo');
    expect(historySaid('undo', step, result, '', BEFORE)).toBe('Undid: reject GPE “Iraq”');
    expect(historySaid('redo', step, result, '', BEFORE)).toBe('Redid: reject GPE “Iraq”');
  });
});
