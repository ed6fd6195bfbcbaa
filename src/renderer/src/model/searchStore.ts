import type { PublicApi, RequestOf, SearchHit } from '../../../shared/contract';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

export interface SearchState {
  /** The search panel's results; null before the first search. */
  readonly hits: readonly SearchHit[] | null;
}

/** Text search over this document or the whole project, for the search panel. */
export class SearchStore extends Store<SearchState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
  ) {
    super({ hits: null });
  }

  search(request: RequestOf<'searchText'>): void {
    this.client.searchText(request).then((hits) => this.set({ hits }), this.notifications.report);
  }
}
