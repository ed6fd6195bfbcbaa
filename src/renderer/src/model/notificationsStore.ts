import { Store } from './store';
import { userMessage } from './userMessage';

export interface NotificationsState {
  /** The message shown at the bottom of the window, if any. */
  readonly message: string | null;
}

/** The one place failures become messages for the user, and other news (an import's counts). */
export class NotificationsStore extends Store<NotificationsState> {
  constructor() {
    super({ message: null });
  }

  notify(message: string): void {
    this.set({ message });
  }

  /** Shows what went wrong; pass it as a promise's rejection handler. */
  readonly report = (error: unknown): void => {
    this.notify(userMessage(error));
  };

  readonly dismiss = (): void => {
    this.set({ message: null });
  };
}
