import { describe, expect, it } from 'vitest';
import { SelectionStore } from '../../../src/renderer/src/model/selectionStore';
import { fragmentOf } from '../../../src/shared/spans';
import { span } from '../../helpers/span';

/** A place on screen, `width` wide, for a selection (the label menu's anchor). */
function rectOf(width: number): DOMRect {
  return {
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    right: width,
    bottom: 16,
    width,
    height: 16,
    toJSON: () => ({}),
  };
}

describe('SelectionStore', () => {
  it('selecting a span drops the pending range, the suggestion and the entity picker, and asks to reveal it', () => {
    const selection = new SelectionStore();
    selection.selectRange(fragmentOf(0, 4), null);
    selection.setLinking(true);
    selection.select('s1');
    expect(selection.snapshot).toMatchObject({
      selectedId: 's1',
      pending: null,
      suggestion: null,
      linking: false,
      reveal: 1,
    });
  });

  it('keeps the span a delete deselected, to say which went, until anything else is selected', () => {
    const selection = new SelectionStore();
    const deleted = span(0, 4, 'MISC', 's1');
    selection.select('s1');
    selection.deselectDeleted(deleted);
    expect(selection.snapshot).toMatchObject({ selectedId: null, deleted });
    selection.selectRange(fragmentOf(5, 9), null);
    expect(selection.snapshot.deleted).toBeNull();
    selection.deselectDeleted(deleted);
    selection.select('s2');
    expect(selection.snapshot.deleted).toBeNull();
  });

  it('counts text selections, so a late answer can tell it is stale', () => {
    const selection = new SelectionStore();
    const before = selection.selectionEpoch;
    selection.selectRange(fragmentOf(0, 4), null);
    selection.selectRange(null, null);
    expect(selection.selectionEpoch).toBe(before + 2);
    expect(selection.snapshot.pending).toBeNull();
  });

  it('focuses a range as a pending selection without a menu, or a span as selected', () => {
    const selection = new SelectionStore();
    selection.focus({ range: fragmentOf(3, 9) });
    expect(selection.snapshot.pending).toEqual({ range: fragmentOf(3, 9), rect: null });
    selection.focus({ spanId: 's2' });
    expect(selection.snapshot.selectedId).toBe('s2');
  });

  it('gives a focused range its place once the text shows it, and leaves other selections be', () => {
    const selection = new SelectionStore();
    const rect = rectOf(30);
    selection.focus({ range: fragmentOf(3, 9) });
    selection.rangeShown(fragmentOf(3, 8), rect); // not the range focused
    expect(selection.snapshot.pending).toEqual({ range: fragmentOf(3, 9), rect: null });
    selection.rangeShown(fragmentOf(3, 9), rect);
    expect(selection.snapshot.pending).toEqual({ range: fragmentOf(3, 9), rect });
    // A selection the user made already has its place: a late report does not move it.
    const made = rectOf(5);
    selection.selectRange(fragmentOf(3, 9), made);
    selection.rangeShown(fragmentOf(3, 9), rect);
    expect(selection.snapshot.pending?.rect).toBe(made);
    selection.select('s1');
    selection.rangeShown(fragmentOf(3, 9), rect);
    expect(selection.snapshot.pending).toBeNull();
  });

  it('clears everything but the reveal count on reset', () => {
    const selection = new SelectionStore();
    selection.select('s1');
    selection.startStance('s1');
    selection.reset();
    expect(selection.snapshot).toMatchObject({ selectedId: null, stanceFor: null, reveal: 1 });
  });
});
