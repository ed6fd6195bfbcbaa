import type { Span } from '../../../shared/model';
import { spanInUse, type Fragment } from '../../../shared/spans';
import { snapToWords, tokenize, type Token } from '../../../shared/text';
import { addFragment } from './addFragment';
import type { AnnouncementsStore } from './announcementsStore';
import type { DocumentsStore } from './documentsStore';
import type { DocumentStore } from './documentStore';
import type { EntitiesStore } from './entitiesStore';
import type { NotificationsStore } from './notificationsStore';
import type { OccurrencesStore } from './occurrencesStore';
import type { ProjectStore } from './projectStore';
import { linkSaid } from './linkSaid';
import type { SelectionStore } from './selectionStore';
import type { StanceDraftsStore } from './stanceDraftsStore';
import { spanText } from './spanText';
import type { SuggestionsStore } from './suggestionsStore';
import type { ViewStore } from './viewStore';

export interface AnnotationStores {
  readonly notifications: NotificationsStore;
  readonly project: ProjectStore;
  readonly documents: DocumentsStore;
  readonly document: DocumentStore;
  readonly entities: EntitiesStore;
  readonly selection: SelectionStore;
  readonly stanceDrafts: StanceDraftsStore;
  readonly suggestions: SuggestionsStore;
  readonly occurrences: OccurrencesStore;
  readonly view: ViewStore;
  readonly announcements: AnnouncementsStore;
}

/**
 * Drops the browser's own text selection once it became a pending range or a span, leaving the
 * caret at its end so the keyboard can go on selecting from there.
 */
function clearTextSelection(): void {
  const selection = globalThis.getSelection?.();
  if (selection && selection.rangeCount > 0) selection.collapseToEnd();
}

/** What annotating does across stores: label, relabel, suggestions, moving between spans. */
export class AnnotationActions {
  private tokens: { text: string; list: readonly Token[] } = { text: '', list: [] };

  constructor(private readonly stores: AnnotationStores) {}

  private found: { spans: readonly Span[]; id: string | null; span: Span | null } | null = null;

  /** The selected span; every command's `when` asks, so the lookup is kept until spans or selection change. */
  private get selected(): Span | null {
    const { selectedId } = this.stores.selection.snapshot;
    const { spans } = this.stores.document.snapshot;
    const found = this.found;
    if (found && found.spans === spans && found.id === selectedId) return found.span;
    const span = selectedId === null ? null : (spans.find((s) => s.id === selectedId) ?? null);
    this.found = { spans, id: selectedId, span };
    return span;
  }

  /** The label a key applies, from the schema's styles. */
  labelOfKey(key: string): string | null {
    const styles = this.stores.project.snapshot.project?.styles ?? {};
    return Object.entries(styles).find(([, style]) => style.key === key)?.[0] ?? null;
  }

  /** Labels the pending range; the new span is selected unless the user selected anew meanwhile. */
  readonly label = (name: string): void => {
    const { selection, document, stanceDrafts } = this.stores;
    document.drawWaiting();
    const pending = selection.snapshot.pending;
    if (!pending) return;
    // The request leaves first, before any store tells the window to render. The span is drawn
    // and selected together (which dismisses the pending range), with its answer when that is
    // quick, else in the next frame; the saved span takes over what points at it (the selection,
    // a picker or stance form opened on it meanwhile, a stance draft).
    void document.addSpan(name, [pending.range], undefined, (drawnId) => {
      // A range or span the user selected before the drawing stays selected.
      if (selection.snapshot.pending === pending) {
        clearTextSelection(); // with the drawing: the key's task only sends the request
        selection.select(drawnId, false);
      }
      return (savedId) => {
        selection.follow(drawnId, savedId);
        stanceDrafts.follow(drawnId, savedId);
      };
    });
  };

  /** A label key: labels the pending range or relabels the selected span; false when neither is there. */
  labelKey(key: string): boolean {
    const name = this.labelOfKey(key);
    if (!name) return false;
    this.stores.document.drawWaiting(); // an earlier key's span, selected, is what this key relabels
    const selected = this.selected;
    if (this.stores.selection.snapshot.pending) this.label(name);
    else if (selected) void this.stores.document.updateSpan(selected.id, { label: name });
    else return false;
    return true;
  }

  /**
   * The user selected text: snapped to words, or added to a span as a fragment: the selected
   * span with Alt, or the span a fragment is being added to (see `startFragment`) once the
   * selection is `done` (the mouse let go, or Shift: a selection by keys grows key by key).
   */
  selectText(range: Fragment | null, rect: DOMRect | null, altKey: boolean, done = true): void {
    const { selection, document, project, notifications } = this.stores;
    const adding = this.fragmentTarget;
    if (adding && !done) return; // still growing: the browser shows it, and nothing else changes
    if (!range || !rect) return selection.selectRange(null, null);
    const snapped = project.snapshot.settings?.snapToWords
      ? snapToWords(this.tokensOf(document.snapshot.document?.text ?? ''), range)
      : range;
    if (!snapped) return selection.selectRange(null, null);
    const target = adding ?? (altKey ? this.selected : null);
    if (!target) return selection.selectRange(snapped, rect);
    selection.markSelection();
    clearTextSelection();
    const fragments = addFragment(target.fragments, snapped);
    if (!fragments)
      return notifications.notify('a fragment may not overlap the span it is added to');
    const updated = document.updateSpan(target.id, { fragments });
    if (!adding) return void updated;
    selection.stopFragment();
    const text = document.snapshot.document?.text ?? '';
    const news = `Added “${spanText(text, { fragments: [snapped] })}” to ${target.label} “${spanText(text, target)}”`;
    // Said once saved: the span's own words, drawn before, would take its place at once.
    void updated.then((result) => result && this.stores.announcements.announce(news));
  }

  /** The span a fragment is being added to, if one is (see `startFragment`). */
  private get fragmentTarget(): Span | null {
    const { fragmentFor } = this.stores.selection.snapshot;
    if (fragmentFor === null) return null;
    return this.stores.document.snapshot.spans.find((s) => s.id === fragmentFor) ?? null;
  }

  /**
   * Starts adding a fragment to the selected span (a discontinuous mention, by keys: Alt with the
   * mouse does it at once); screen readers hear how.
   */
  readonly startFragment = (): void => {
    const selected = this.selected;
    if (!selected) return;
    const text = this.stores.document.snapshot.document?.text ?? '';
    this.stores.selection.startFragment(selected.id);
    this.stores.view.focusReading();
    this.stores.announcements.announce(
      `Adding a fragment to ${selected.label} “${spanText(text, selected)}”: move to the text with the arrow keys and select it with Shift; it is added when Shift is let go. Esc cancels`,
    );
  };

  /**
   * Ends adding a fragment with nothing added (Esc, or its button pressed again), the span
   * selected again; screen readers hear it, as they heard it start.
   */
  readonly stopFragment = (): void => {
    const adding = this.fragmentTarget;
    this.stores.selection.stopFragment();
    if (!adding) return;
    const text = this.stores.document.snapshot.document?.text ?? '';
    this.stores.announcements.announce(
      `Stopped adding a fragment to ${adding.label} “${spanText(text, adding)}”: nothing was added`,
    );
  };

  private tokensOf(text: string): readonly Token[] {
    if (this.tokens.text !== text) this.tokens = { text, list: tokenize(text) };
    return this.tokens.list;
  }

  private get suggestion() {
    const index = this.stores.selection.snapshot.suggestion;
    return index === null ? null : (this.stores.suggestions.snapshot.list[index] ?? null);
  }

  hasSuggestion(): boolean {
    return this.suggestion !== null;
  }

  /** A span is selected and no relation is being made (its keys then act on the span). */
  hasSpan(): boolean {
    return this.selected !== null && this.stores.selection.snapshot.relateFrom === null;
  }

  /** Starts a relation from the selected span. */
  readonly startRelating = (): void => {
    const selected = this.selected;
    if (!selected) return;
    this.stores.selection.startRelating(selected.id);
    this.stores.view.focusReading();
  };

  /** The relation being made can be saved: its other end is another span. */
  hasRelationTarget(): boolean {
    const { relateFrom, selectedId } = this.stores.selection.snapshot;
    return relateFrom !== null && selectedId !== null && selectedId !== relateFrom;
  }

  /** Annotates the selected suggestion with its entity's type (or the first label) and link. */
  acceptSuggestion(): void {
    const ghost = this.suggestion;
    if (!ghost) return;
    const labels = this.stores.project.snapshot.project?.schema.labels ?? [];
    const label = labels.some((l) => l.name === ghost.entity.type)
      ? ghost.entity.type
      : (labels[0]?.name ?? '');
    const fragments = [{ start: ghost.start, end: ghost.end }];
    void this.stores.document.addSpan(label, fragments, ghost.entity.id);
    this.stores.selection.selectSuggestion(null);
  }

  /** Selects the known-name suggestion after (1) or before (-1) the selected one, or the selected span; wraps around. */
  moveSuggestion(step: 1 | -1): void {
    const { list } = this.stores.suggestions.snapshot;
    if (list.length === 0) return;
    const { suggestion } = this.stores.selection.snapshot;
    const from = suggestion ?? this.suggestionBeside(step);
    const next = from === null ? (step > 0 ? 0 : list.length - 1) : from + step;
    this.stores.selection.selectSuggestion((next + list.length) % list.length);
  }

  /** With no suggestion selected: the index just before (1) or after (-1) the selected span's place, so a step lands beside it. */
  private suggestionBeside(step: 1 | -1): number | null {
    const at = this.selected?.fragments[0]?.start;
    if (at === undefined) return null;
    const { list } = this.stores.suggestions.snapshot;
    const after = list.findIndex((s) => s.start >= at);
    const index = after < 0 ? list.length : after;
    return step > 0 ? index - 1 : index;
  }

  dismissSuggestion(): void {
    const ghost = this.suggestion;
    if (!ghost) return;
    this.stores.suggestions.dismiss(ghost);
    this.stores.selection.selectSuggestion(null);
  }

  /** The span after (1) or before (-1) the selected one in text order; from none, the first or last. */
  neighbour(step: 1 | -1): string | null {
    const ordered = [...this.stores.document.snapshot.spans].sort(
      (a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0),
    );
    const at = ordered.findIndex((s) => s.id === this.stores.selection.snapshot.selectedId);
    const from = at < 0 ? (step > 0 ? -1 : ordered.length) : at;
    return ordered[from + step]?.id ?? null;
  }

  /** Selects the next (1) or previous (-1) span; past the last one the keyboard moves on through the page. */
  move(step: 1 | -1): void {
    const next = this.neighbour(step);
    if (next) this.stores.selection.select(next);
  }

  /** Deletes the selected span; false when nothing went (nothing selected, or a span in use). */
  readonly deleteSelected = (): boolean => {
    this.stores.document.drawWaiting();
    const selected = this.selected;
    if (!selected) return false;
    // A span a stance or relation needs is kept, and the user told why, without a refused write.
    const inUse = this.inUse(selected);
    if (inUse) {
      this.stores.notifications.notify(inUse);
      return false;
    }
    // The request leaves before the selection changes (its listeners run before React renders).
    void this.stores.document.deleteSpan(selected.id);
    const { selection } = this.stores;
    this.stores.document.alongside(() => {
      if (selection.snapshot.selectedId === selected.id) selection.deselectDeleted(selected);
    });
    return true;
  };

  /** Why `span` cannot be deleted now (a stance or relation of the document uses it), or null. */
  private inUse(span: Span): string | null {
    const { document, project, entities } = this.stores;
    const { stances, relations, spans } = document.snapshot;
    if (stances.length === 0 && relations.length === 0) return null;
    const text = document.snapshot.document?.text ?? '';
    const inUse = spanInUse(span, {
      stances,
      relations,
      spanOf: (id) => spans.find((s) => s.id === id),
      entityName: (id) => entities.snapshot.entities.find((e) => e.id === id)?.name,
      schema: project.snapshot.project?.schema ?? null,
      textOf: (s) => spanText(text, s),
    });
    return inUse && `${inUse}. Nothing was changed.`;
  }

  /** Esc: no relation being made, else no pending range, no selected span, no stance form; the reading view has the keyboard again. */
  clear(): void {
    const { relateFrom, fragmentFor } = this.stores.selection.snapshot;
    if (relateFrom === null && fragmentFor !== null) this.stopFragment();
    else this.stores.selection.clear();
    clearTextSelection();
    this.stores.view.focusReading();
  }

  /** Opens "label all occurrences" for the selected span. */
  readonly propagate = (): void => {
    const selected = this.selected;
    const document = this.stores.document.snapshot.document;
    if (!selected || !document) return;
    this.stores.occurrences.open({
      documentId: document.id,
      text: spanText(document.text, selected),
      label: selected.label,
      ...(selected.entityId ? { entityId: selected.entityId } : {}),
    });
  };

  /** Links a span to an entity (null: unlinks it); screen readers hear it once saved. */
  readonly linkEntity = (spanId: string, entityId: string | null): void => {
    const { document, entities, selection, announcements } = this.stores;
    const span = document.snapshot.spans.find((s) => s.id === spanId);
    if (!span) return;
    selection.setLinking(false);
    this.stores.view.focusReading();
    const nameOf = (id: string | undefined): string | null =>
      entities.snapshot.entities.find((e) => e.id === id)?.name ?? null;
    const mention = {
      label: span.label,
      text: spanText(document.snapshot.document?.text ?? '', span),
    };
    const said = entityId
      ? linkSaid(mention, { name: nameOf(entityId) ?? 'an entity', isNew: false })
      : linkSaid(mention, { unlinkedFrom: nameOf(span.entityId) });
    // The mentions open in the Entities panel follow once saved (see EntitiesStore.afterEdit).
    void document.updateSpan(spanId, { entityId }).then((result) => {
      if (result) announcements.announce(said);
    });
  };

  /** Links the selected span to a new entity named `name`, typed by its label when that is an entity type. */
  readonly createEntity = (name: string): void => {
    const selected = this.selected;
    const { document, project, entities, selection, announcements } = this.stores;
    const documentId = document.snapshot.document?.id;
    const types = project.snapshot.project?.schema.entityTypes ?? [];
    if (!selected || !documentId) return;
    selection.setLinking(false);
    this.stores.view.focusReading();
    const type = types.includes(selected.label) ? selected.label : (types[0] ?? selected.label);
    const text = spanText(document.snapshot.document?.text ?? '', selected);
    const said = linkSaid({ label: selected.label, text }, { name, isNew: true });
    // A span drawn ahead of its save is linked once it has its saved id.
    void document.savedId(selected.id).then(async (spanId) => {
      if (!spanId) return;
      if (await entities.create(name, type, { documentId, spanId })) announcements.announce(said);
    });
  };
}
