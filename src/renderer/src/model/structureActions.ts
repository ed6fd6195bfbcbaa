import type { AnnouncementsStore } from './announcementsStore';
import type { DocumentStore } from './documentStore';
import type { SelectionStore } from './selectionStore';
import { spanText } from './spanText';
import type { ViewStore } from './viewStore';

export interface StructureActionsStores {
  readonly document: DocumentStore;
  readonly selection: SelectionStore;
  readonly view: ViewStore;
  readonly announcements: AnnouncementsStore;
}

/**
 * Relations and stances saved or deleted from their lists and forms: the keyboard goes back to
 * the text, and screen readers hear what changed once it is saved.
 */
export class StructureActions {
  constructor(private readonly stores: StructureActionsStores) {}

  /**
   * Saves the relation being made with `type`; the span it started from is selected again, and
   * screen readers hear the relation once saved (the selection alone would say only that span).
   */
  readonly relate = (type: string): void => {
    const { relateFrom, selectedId } = this.stores.selection.snapshot;
    const { document, announcements } = this.stores;
    if (!relateFrom || !selectedId || relateFrom === selectedId || !type.trim()) return;
    const said = (id: string): string => this.spanSaid(id);
    const news = `Related ${said(relateFrom)} ${type.trim()} ${said(selectedId)}`;
    this.stores.selection.stopRelating();
    this.stores.view.focusReading();
    void document
      .addRelation(relateFrom, selectedId, type.trim())
      .then((result) => result && announcements.announce(news));
  };

  /** A span as screen readers hear it in news of its relations: `PERSON “Pompeo”`. */
  private spanSaid(id: string): string {
    const { document } = this.stores;
    const span = document.snapshot.spans.find((s) => s.id === id);
    return span
      ? `${span.label} “${spanText(document.snapshot.document?.text ?? '', span)}”`
      : 'a span';
  }

  /**
   * Deletes a relation from a list of them: its Delete button goes with it, so the keyboard goes
   * to the text, and screen readers hear which relation went once it is saved.
   */
  readonly deleteRelation = (relationId: string): void => {
    const { document, announcements } = this.stores;
    const relation = document.snapshot.relations.find((r) => r.id === relationId);
    if (!relation) return;
    const news = `Deleted relation ${this.spanSaid(relation.from)} ${relation.type} ${this.spanSaid(relation.to)}`;
    this.stores.view.focusReading();
    void document
      .deleteRelation(relationId)
      .then((result) => result && announcements.announce(news));
  };

  /**
   * Changes a stance's polarity from the list beside the text, where the keyboard stays on its
   * select; screen readers hear the change once it is saved ("Stance of Pompeo toward US troop
   * presence in Iraq: now AGAINST"), as they hear a stance saved or deleted.
   */
  readonly setPolarity = (
    stanceId: string,
    polarity: string,
    ends: { readonly holder: string; readonly target: string },
  ): void => {
    const { document, announcements } = this.stores;
    const news = `Stance of ${ends.holder} toward ${ends.target}: now ${polarity}`;
    void document
      .updateStance({ stanceId, polarity })
      .then((result) => result && announcements.announce(news));
  };

  /**
   * Deletes a stance from the list beside the text, `named` as its controls name it (`stance
   * Pompeo AGAINST withdrawal`): the keyboard goes to the text, and screen readers hear it.
   */
  readonly deleteStance = (stanceId: string, named: string): void => {
    const { document, announcements } = this.stores;
    this.stores.view.focusReading();
    void document
      .deleteStance(stanceId)
      .then((result) => result && announcements.announce(`Deleted ${named}`));
  };
}
