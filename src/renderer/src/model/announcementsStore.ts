import { Store } from './store';

/** One piece of news for screen readers; `id` tells the same words said twice apart. */
export interface Announcement {
  readonly id: number;
  readonly text: string;
  /** Said before what the selection says, not instead of it (a jump that opened another document). */
  readonly lead?: boolean;
}

export interface AnnouncementsState {
  readonly last: Announcement | null;
}

/**
 * What screen readers are told of an edit the selection does not show (an undo, a redo, a
 * saved stance). The reading view's live region says it until the selection moves; only that
 * region renders for it.
 */
export class AnnouncementsStore extends Store<AnnouncementsState> {
  constructor() {
    super({ last: null });
  }

  announce(text: string, { lead = false } = {}): void {
    const id = (this.snapshot.last?.id ?? 0) + 1;
    this.set({ last: lead ? { id, text, lead } : { id, text } });
  }
}
