import type { DocumentStore } from './documentStore';
import type { EntitiesStore } from './entitiesStore';
import { findSuggestions, suggestionKey, type Suggestion } from './findSuggestions';
import { Store } from './store';

export interface SuggestionsState {
  readonly list: readonly Suggestion[];
  /** Suggestions the user dismissed in this window (by document and offsets). */
  readonly dismissed: ReadonlySet<string>;
}

/** Known names not yet annotated in the open document, kept current as spans and entities change. */
export class SuggestionsStore extends Store<SuggestionsState> {
  private inputs: readonly unknown[] = [];

  constructor(
    private readonly document: DocumentStore,
    private readonly entities: EntitiesStore,
  ) {
    super({ list: [], dismissed: new Set() });
    document.onDidChange(() => this.recompute());
    entities.onDidChange(() => this.recompute());
  }

  dismiss(suggestion: Suggestion): void {
    const id = this.document.snapshot.document?.id ?? '';
    const dismissed = new Set([...this.snapshot.dismissed, suggestionKey(id, suggestion)]);
    this.patch({ dismissed });
    this.recompute();
  }

  private recompute(): void {
    const { document, spans } = this.document.snapshot;
    const { entities } = this.entities.snapshot;
    const { dismissed } = this.snapshot;
    const inputs = [document, spans, entities, dismissed];
    if (inputs.every((value, i) => Object.is(value, this.inputs[i]))) return;
    this.inputs = inputs;
    const list = document
      ? findSuggestions(document.id, document.text, spans, entities, dismissed)
      : [];
    this.patch({ list });
  }
}
