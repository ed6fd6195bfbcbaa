import type { DocumentStore } from './documentStore';
import type { EntitiesStore } from './entitiesStore';
import { findSuggestions, suggestionKey, type Suggestion } from './findSuggestions';
import { Store } from './store';

export interface SuggestionsState {
  readonly list: readonly Suggestion[];
  /** Suggestions dismissed in this window whose saving has not come back yet (by document and offsets). */
  readonly dismissed: ReadonlySet<string>;
}

/**
 * Known names not yet annotated in the open document, kept current as spans and entities change.
 * A dismissal is stored in the user's layer, so it outlasts a reload.
 */
export class SuggestionsStore extends Store<SuggestionsState> {
  private inputs: readonly unknown[] = [];
  private asked = false;
  /** The document the list was found in. */
  private shownFor: string | null = null;

  /**
   * `later` (absent: at once) runs the search over the whole text after an edit: the change is
   * drawn first, and the suggestions follow when the window is idle.
   */
  constructor(
    private readonly document: DocumentStore,
    private readonly entities: EntitiesStore,
    private readonly later: ((run: () => void) => void) | null = null,
  ) {
    super({ list: [], dismissed: new Set() });
    document.onDidChange(() => {
      this.forgetOtherDocument();
      this.recomputeLater();
    });
    entities.onDidChange(() => this.recomputeLater());
  }

  /**
   * Another document opened: the list found in the one before goes at once, though the search
   * of the new one waits for an idle moment. Its offsets would be drawn in the new text
   * (beyond its end, when it is shorter).
   */
  private forgetOtherDocument(): void {
    const id = this.document.snapshot.document?.id ?? null;
    if (id === this.shownFor) return;
    this.shownFor = id;
    if (this.snapshot.list.length > 0) this.patch({ list: [] });
  }

  private recomputeLater(): void {
    if (!this.later) return this.recompute();
    if (this.asked) return;
    this.asked = true;
    this.later(() => {
      this.asked = false;
      this.recompute();
    });
  }

  dismiss(suggestion: Suggestion): void {
    const id = this.document.snapshot.document?.id ?? '';
    const key = suggestionKey(id, suggestion);
    this.patch({ dismissed: new Set([...this.snapshot.dismissed, key]) });
    this.recompute();
    // Once saved (or refused) the layer says what is dismissed: an undo brings it back.
    void this.document.dismissName(suggestion.start, suggestion.end).finally(() => {
      this.patch({ dismissed: new Set([...this.snapshot.dismissed].filter((k) => k !== key)) });
      this.recompute();
    });
  }

  private recompute(): void {
    const { document, spans, dismissedNames } = this.document.snapshot;
    const { entities } = this.entities.snapshot;
    const { dismissed } = this.snapshot;
    const inputs = [document, spans, entities, dismissed, dismissedNames];
    if (inputs.every((value, i) => Object.is(value, this.inputs[i]))) return;
    this.inputs = inputs;
    if (!document) return this.patch({ list: [] });
    const stored = dismissedNames.map((at) => suggestionKey(document.id, at));
    const list = findSuggestions(
      document.id,
      document.text,
      spans,
      entities,
      new Set([...dismissed, ...stored]),
    );
    // None before and none now: the same list, so nothing that shows it renders again.
    if (list.length === 0 && this.snapshot.list.length === 0) return;
    this.patch({ list });
  }
}
