import { doneSaid, markedSaid, openedSaidIn } from './doneSaid';
import type { AnnouncementsStore } from './announcementsStore';
import type { DocumentsStore } from './documentsStore';
import type { DocumentStore } from './documentStore';
import type { NotificationsStore } from './notificationsStore';
import type { FocusTarget, SelectionStore } from './selectionStore';
import type { ViewStore } from './viewStore';

export interface DocumentMovesStores {
  readonly notifications: NotificationsStore;
  readonly documents: DocumentsStore;
  readonly document: DocumentStore;
  readonly selection: SelectionStore;
  readonly view: ViewStore;
  readonly announcements: AnnouncementsStore;
}

/**
 * Moving to another document with the keyboard in its text: done and the next one, a search
 * result, an entity's mention or a stance's evidence elsewhere; screen readers hear which
 * document opened.
 */
export class DocumentMoves {
  constructor(private readonly stores: DocumentMovesStores) {}

  /**
   * Marks the document done and opens the next one to do, with the keyboard in its text; screen
   * readers hear both. True when the next document's text is on its way to the screen.
   */
  async doneAndNext(): Promise<boolean> {
    const { document, documents, notifications, announcements } = this.stores;
    const doneId = document.snapshot.document?.id ?? null;
    const done = documents.snapshot.find((d) => d.id === doneId);
    if (!(await document.setStatus('done'))) return false;
    const next = documents.nextAfter(doneId);
    if (!next) {
      if (done) announcements.announce(doneSaid(done, null));
      return false;
    }
    try {
      await document.open(next.id);
    } catch (error) {
      notifications.report(error);
      return false;
    }
    // The new text replaces the view that had the keyboard, which would leave it on <body>.
    this.stores.view.focusReading();
    const rows = documents.snapshot;
    const place = {
      document: next,
      place: rows.findIndex((d) => d.id === next.id) + 1,
      of: rows.length,
    };
    if (done) announcements.announce(doneSaid(done, place));
    return true;
  }

  /** Marks the open document done, or back in progress when it was; screen readers hear which. */
  async toggleDone(): Promise<void> {
    const { document, documents, announcements } = this.stores;
    const id = document.snapshot.document?.id ?? null;
    const row = documents.snapshot.find((d) => d.id === id);
    const done = document.snapshot.status !== 'done';
    if ((await document.toggleDone()) && row) announcements.announce(markedSaid(row, done));
  }

  /** Opens a stance's document and brings its first evidence span into view, selected. */
  async jumpToStance(documentId: string, stanceId: string): Promise<void> {
    const { document, notifications } = this.stores;
    let opened: string | null;
    try {
      opened = await this.openOther(documentId);
    } catch (error) {
      return notifications.report(error);
    }
    const spanId = document.snapshot.stances.find((s) => s.id === stanceId)?.evidence[0];
    if (spanId) this.bring({ spanId }, opened);
  }

  /** Opens a document if needed and brings a span or a range into view. */
  async jump(documentId: string, target: FocusTarget): Promise<void> {
    try {
      this.bring(target, await this.openOther(documentId));
    } catch (error) {
      this.stores.notifications.report(error);
    }
  }

  /** Opens `documentId` unless it is open; what to say of it when it opened, else null. */
  private async openOther(documentId: string): Promise<string | null> {
    const { document, documents } = this.stores;
    if (document.snapshot.document?.id === documentId) return null;
    await document.open(documentId);
    return openedSaidIn(documents.snapshot, documentId);
  }

  /**
   * Selects `target` in the open text, which takes the keyboard; a screen reader hears which
   * document opened (`opened`) before what is selected.
   */
  private bring(target: FocusTarget, opened: string | null): void {
    this.stores.selection.focus(target);
    this.stores.view.focusReading();
    if (opened) this.stores.announcements.announce(opened, { lead: true });
  }
}
