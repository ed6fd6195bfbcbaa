import { useState } from 'react';
import type { Span } from '../../../../../shared/model';
import { useModel, useStoreValue } from '../../../model';

export interface SpanAnnouncementProps {
  readonly spans: readonly Span[];
  readonly selected: Span | null;
  /** The selected span the user just deleted. */
  readonly deleted: Span | null;
  readonly pendingText: string | null;
  /** The suggestion under the cursor, as said (suggestionSaid). */
  readonly suggested: string | null;
  textOf(span: Span): string;
}

/**
 * What a screen reader hears as the selection moves: the span's label and text, and where it is;
 * the suggestion under the cursor; or which span a delete took away. An undo, a redo or a saved
 * stance is said here too, until the selection moves (only this region renders for it).
 */
export function SpanAnnouncement({
  spans,
  selected,
  deleted,
  pendingText,
  suggested,
  textOf,
}: SpanAnnouncementProps) {
  let message = '';
  if (selected) {
    const start = selected.fragments[0]?.start ?? 0;
    let place = 1; // counted, not filtered: no list of every span made at each selection
    for (const s of spans) if ((s.fragments[0]?.start ?? 0) < start) place++;
    message = `${selected.label}: ${textOf(selected)}, span ${place} of ${spans.length}`;
  } else if (pendingText) {
    message = `Selected “${pendingText}”: press a label's key to label it, or Tab to choose a label`;
  } else if (suggested) {
    message = suggested;
  } else if (deleted) {
    message = `Deleted ${deleted.label}: ${textOf(deleted)}`;
  }
  const news = useStoreValue(useModel().announcements, (s) => s.last);
  // The news stands until what the selection says changes after it, and is then spent (`under`
  // null): the selection coming back to what it said then says itself, not the old news again.
  const [heard, setHeard] = useState<{ id: number; under: string | null } | null>(null);
  const fresh = news !== null && heard?.id !== news.id;
  const under = heard && !fresh ? heard.under : message;
  if (fresh) setHeard({ id: news.id, under: message });
  // News is said in an element of its own, keyed by its id: a live region whose text is set to
  // the same words again changes nothing, and a screen reader would say nothing the second time.
  let said = 'selection';
  if (news && under === message) {
    message = news.lead && message ? `${news.text}. ${message}` : news.text;
    said = `news-${news.id}`;
  } else if (news && !fresh && under !== null) setHeard({ id: news.id, under: null });
  return (
    <p className="lp-sr-only" role="status" data-testid="span-announcement">
      <span key={said}>{message}</span>
    </p>
  );
}
