import type { Span } from '../../../shared/model';
import type { CodePointOffset, Fragment } from '../../../shared/spans';
import { Store } from './store';

/** Text selected for labelling: its range and, for the label menu, where it is on screen. */
export interface PendingRange {
  readonly range: Fragment;
  readonly rect: DOMRect | null;
}

/** Something to bring into view: a span, or a range to select for labelling. */
export type FocusTarget = { readonly spanId: string } | { readonly range: Fragment };

export interface SelectionState {
  readonly selectedId: string | null;
  readonly pending: PendingRange | null;
  /** The index of the selected suggestion. */
  readonly suggestion: number | null;
  /** Where the selected span was clicked (other spans there are offered). */
  readonly clickedAt: CodePointOffset | null;
  /** The entity picker is open for the selected span. */
  readonly linking: boolean;
  /** The span a new stance takes as evidence, while its form is open. */
  readonly stanceFor: string | null;
  /** Counts span selections: the view brings the span into view on each. */
  readonly reveal: number;
  /** A new relation from this span is being made: the selected span is its other end. */
  readonly relateFrom: string | null;
  /** Counts requests to move the keyboard to the relation type list. */
  readonly chooseType: number;
  /** The text selected next is added to this span as a fragment (a discontinuous mention, by keys). */
  readonly fragmentFor: string | null;
  /** The selected span the user just deleted (screen readers are told which); null once anything else is selected. */
  readonly deleted: Span | null;
}

const NONE: SelectionState = {
  selectedId: null,
  pending: null,
  suggestion: null,
  clickedAt: null,
  linking: false,
  stanceFor: null,
  reveal: 0,
  relateFrom: null,
  chooseType: 0,
  fragmentFor: null,
  deleted: null,
};

/** What the user has selected in the open document: a span, a text range or a suggestion. */
export class SelectionStore extends Store<SelectionState> {
  private epoch = 0;

  constructor() {
    super(NONE);
  }

  /** Counts the user's text selections, so a late answer does not undo a newer one. */
  get selectionEpoch(): number {
    return this.epoch;
  }

  /** Selects a span (null: none) and brings it into view unless `reveal` is false (it is where the user just worked). */
  readonly select = (spanId: string | null, reveal = true): void => {
    const { fragmentFor } = this.snapshot;
    this.patch({
      selectedId: spanId,
      // Another span selected ends adding a fragment to this one.
      fragmentFor: spanId === fragmentFor ? fragmentFor : null,
      suggestion: null,
      linking: false,
      pending: null,
      deleted: null,
      reveal: spanId && reveal ? this.snapshot.reveal + 1 : this.snapshot.reveal,
    });
  };

  /** The selected span is being deleted: nothing is selected, and the span is kept to say which went. */
  deselectDeleted(span: Span): void {
    this.patch({
      selectedId: null,
      suggestion: null,
      linking: false,
      pending: null,
      deleted: span,
    });
  }

  /**
   * A span drawn ahead of its save became the saved span `to` (null: its add failed): whatever
   * pointed at the drawn one (the selection, an open entity picker, a stance form, a relation
   * being made) now points at the saved one, and nothing the user opened meanwhile closes.
   */
  follow(from: string, to: string | null): void {
    const { selectedId, stanceFor, relateFrom } = this.snapshot;
    if (to === null) {
      if (selectedId === from) this.select(null);
      if (stanceFor === from) this.patch({ stanceFor: null });
      if (relateFrom === from) this.patch({ relateFrom: null });
      return;
    }
    this.patch({
      ...(selectedId === from ? { selectedId: to } : {}),
      ...(stanceFor === from ? { stanceFor: to } : {}),
      ...(relateFrom === from ? { relateFrom: to } : {}),
    });
  }

  clickSpan(spanId: string, at: CodePointOffset): void {
    this.select(spanId);
    this.patch({ clickedAt: at });
  }

  /** The user selected text (or cleared the selection with null). */
  selectRange(range: Fragment | null, rect: DOMRect | null): void {
    this.epoch++;
    if (!range) return this.patch({ pending: null });
    this.patch({ selectedId: null, suggestion: null, pending: { range, rect }, deleted: null });
  }

  /**
   * A range brought into view (a search hit) is now selected in the text, at `rect` on screen:
   * from here it is a selection like one the user made, its label menu shown beside it.
   */
  readonly rangeShown = (range: Fragment, rect: DOMRect): void => {
    const { pending } = this.snapshot;
    if (pending?.rect !== null || pending.range.start !== range.start) return;
    if (pending.range.end !== range.end) return;
    this.patch({ pending: { range: pending.range, rect } });
  };

  /** Counts a text selection that changed no state (a fragment added to the selected span). */
  markSelection(): void {
    this.epoch++;
  }

  readonly dismissRange = (): void => {
    this.patch({ pending: null });
  };

  selectSuggestion(index: number | null): void {
    this.select(null);
    this.patch({ suggestion: index });
  }

  readonly setLinking = (linking: boolean): void => {
    this.patch({ linking });
  };

  startStance(spanId: string): void {
    this.patch({ stanceFor: spanId });
  }

  readonly cancelStance = (): void => {
    this.patch({ stanceFor: null });
  };

  /** Starts a relation from a span; Tab then moves to its other end. */
  startRelating(spanId: string): void {
    // chooseType starts again: the type list of a new relation takes the keyboard only when asked.
    this.patch({
      relateFrom: spanId,
      stanceFor: null,
      linking: false,
      chooseType: 0,
      fragmentFor: null,
    });
  }

  /** Moves the keyboard to the relation type list. */
  chooseRelationType(): void {
    this.patch({ chooseType: this.snapshot.chooseType + 1 });
  }

  /** Ends making a relation, the span it started from selected again. */
  readonly stopRelating = (): void => {
    const from = this.snapshot.relateFrom;
    if (from === null) return;
    this.patch({ relateFrom: null });
    this.select(from);
  };

  /**
   * Starts adding a fragment to a span: the text selected next (a mouse selection, or Shift and
   * the arrows, added when Shift is let go) becomes one more fragment of it. The span stays
   * selected; selecting another span or Esc ends it.
   */
  startFragment(spanId: string): void {
    this.patch({ fragmentFor: spanId, relateFrom: null, stanceFor: null, linking: false });
  }

  /** Ends adding a fragment, the span selected again. */
  readonly stopFragment = (): void => {
    const span = this.snapshot.fragmentFor;
    if (span === null) return;
    this.patch({ fragmentFor: null });
    this.select(span, false);
  };

  /** Esc: a relation being made or a fragment being added is cancelled; else nothing selected, no stance form. */
  clear(): void {
    if (this.snapshot.relateFrom !== null) return this.stopRelating();
    if (this.snapshot.fragmentFor !== null) return this.stopFragment();
    this.select(null);
    this.patch({ stanceFor: null });
  }

  /** A new document: nothing of the old one stays selected. */
  reset(): void {
    this.patch({ ...NONE, reveal: this.snapshot.reveal });
  }

  /** Brings a span or a range into view, selected. */
  focus(target: FocusTarget): void {
    if ('spanId' in target) return this.select(target.spanId);
    this.patch({
      selectedId: null,
      suggestion: null,
      pending: { range: target.range, rect: null },
      deleted: null,
      reveal: this.snapshot.reveal + 1,
    });
  }
}
