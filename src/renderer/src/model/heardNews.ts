import type { AnnouncementsStore } from './announcementsStore';
import type { Model } from './createModel';

/**
 * Where screen readers hear news now: the agreement view's own live region while it covers the
 * window (the window behind it is inert, and its live region with it: "Nothing to undo" said
 * there in a review was never heard), else the window's.
 */
export function heardNews(
  model: Pick<Model, 'view' | 'announcements' | 'viewAnnouncements'>,
): AnnouncementsStore {
  return model.view.snapshot.agreement ? model.viewAnnouncements : model.announcements;
}
