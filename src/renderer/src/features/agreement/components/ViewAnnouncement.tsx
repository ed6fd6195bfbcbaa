import { useState } from 'react';
import { useModel, useStoreValue } from '../../../model';

/**
 * What the full view's actions did (new figures, a decision, an undo), for screen readers: the
 * window behind the view is inert, and its live region with it. Only news made while the view is
 * open is said.
 */
export function ViewAnnouncement() {
  const news = useStoreValue(useModel().viewAnnouncements, (s) => s.last);
  const [before] = useState(news);
  return (
    <p className="lp-sr-only" role="status" data-testid="view-announcement">
      {news !== before ? news?.text : ''}
    </p>
  );
}
