import { useEffect, useRef } from 'react';
import type { HistoryEntry } from '../../../../../shared/sync';
import { spanText, type PastLayer } from '../../../model';
import { countOf } from '../../../ui/countOf';

/** A layer's status as read ("in_progress" was shown, and read out, as it is stored). */
const STATUS_SAID: Record<PastLayer['layer']['status'], string> = {
  todo: 'to do',
  in_progress: 'in progress',
  done: 'done',
};

/**
 * Who changed the open document when (from the project's history); a layer of an earlier sync on
 * request, where the keyboard then goes, so that what it shows is read out.
 */
export function DocumentHistory({
  entries,
  past,
  text,
  onView,
}: {
  readonly entries: readonly HistoryEntry[];
  readonly past: PastLayer | null;
  /** The text the past layer was made on, when Loupe has it: each span is listed with its words. */
  readonly text: string | null;
  onView(entry: HistoryEntry, annotator: string): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!past || !asked.current) return;
    asked.current = false;
    heading.current?.focus();
  }, [past]);
  if (entries.length === 0)
    return <p className="lp-muted">No synced history for this document yet.</p>;
  return (
    <>
      <table className="lp-sync__history">
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
            <th>Layers as of then</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.commit}>
              <td>{new Date(e.at).toLocaleString()}</td>
              <td>{e.author}</td>
              <td>{e.message}</td>
              <td>
                {e.annotators.map((a) => (
                  <button
                    key={a}
                    type="button"
                    className="lp-button"
                    aria-label={`${a}’s layer as of ${new Date(e.at).toLocaleString()}`}
                    onClick={() => {
                      asked.current = true;
                      onView(e, a);
                    }}
                  >
                    {a}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {past && (
        <section aria-label="Layer as of an earlier sync" className="lp-sync__past">
          <h3 ref={heading} tabIndex={-1}>
            {past.annotator}’s layer as of {new Date(past.entry.at).toLocaleString()}:{' '}
            {countOf(past.layer.spans.length, 'span')}, {STATUS_SAID[past.layer.status]}
          </h3>
          {text === null && past.layer.spans.length > 0 && (
            <p className="lp-muted">
              The document’s text has changed since this layer was made, and the project’s history
              does not hold the earlier text: its spans are listed by offset only.
            </p>
          )}
          <ul>
            {past.layer.spans.slice(0, 50).map((s) => (
              <li key={s.id}>
                {s.label} {text === null ? 'text changed since: ' : `“${spanText(text, s)}” `}[
                {s.fragments.map((f) => `${f.start}–${f.end}`).join(', ')}]
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
