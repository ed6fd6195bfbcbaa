import type { Span } from '../../../../../shared/model';

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
 * the suggestion under the cursor; or which span a delete took away.
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
    message = `Selected “${pendingText}”: press a label's key to label it`;
  } else if (suggested) {
    message = suggested;
  } else if (deleted) {
    message = `Deleted ${deleted.label}: ${textOf(deleted)}`;
  }
  return (
    <p className="lp-sr-only" role="status" data-testid="span-announcement">
      {message}
    </p>
  );
}
