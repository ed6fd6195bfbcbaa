import { Store } from './store';

/** One piece of news for screen readers; `id` tells the same words said twice apart. */
export interface Announcement {
  readonly id: number;
  readonly text: string;
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

  announce(text: string): void {
    this.set({ last: { id: (this.snapshot.last?.id ?? 0) + 1, text } });
  }
}
