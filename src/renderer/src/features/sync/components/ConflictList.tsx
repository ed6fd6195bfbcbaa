import { useEffect, useId, useRef, useState } from 'react';
import type { SyncConflict } from '../../../../../shared/sync';

/** What a recorded value reads as, for a person choosing. */
function shown(value: unknown): string {
  if (value === undefined) return '(removed)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const KIND: Record<SyncConflict['kind'], string> = {
  entity: 'Entity',
  schema: 'Schema',
  layer: 'Layer',
  document: 'Document',
  file: 'File',
};

export interface ConflictListProps {
  readonly conflicts: readonly SyncConflict[];
  /** Entity names by id, to say which entity a conflict is in. */
  readonly names: ReadonlyMap<string, string>;
  /** Settles a conflict; rejects when the workbench refused. */
  onResolve(conflict: SyncConflict, value: unknown): Promise<void>;
  /** The keyboard's next place once no conflict is left. */
  onAllResolved(): void;
}

/**
 * Conflicts a sync recorded: two teammates changed one value differently. Each offers every
 * teammate's value; nothing is decided until a person picks one. A pick is said, and the
 * keyboard goes on to the next conflict (the button it was on is gone with its conflict).
 */
export function ConflictList({ conflicts, names, onResolve, onAllResolved }: ConflictListProps) {
  const ids = useId();
  const list = useRef<HTMLUListElement>(null);
  /** The conflict being settled and its place: the keyboard moves on once the list no longer has it. */
  const settling = useRef<{ id: string; at: number } | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    const pending = settling.current;
    if (!pending || conflicts.some((c) => c.id === pending.id)) return;
    settling.current = null;
    // The conflict after it now has its place (the last one when it was the last): not the
    // first of the list, which a keyboard user may have passed over on purpose.
    const items = list.current?.querySelectorAll(':scope > li') ?? [];
    const next = items[Math.min(pending.at, items.length - 1)]?.querySelector('button');
    if (next) next.focus();
    else onAllResolved();
  }, [conflicts, onAllResolved]);
  const subject = (c: SyncConflict): string =>
    `${KIND[c.kind]} ${c.kind === 'entity' ? (names.get(c.subject) ?? c.subject) : c.subject}`;
  const keep = (c: SyncConflict, value: unknown, annotator: string): void => {
    const left = conflicts.length - 1;
    const leftSaid =
      left === 0 ? 'No conflicts left.' : `${left} conflict${left === 1 ? '' : 's'} left.`;
    settling.current = { id: c.id, at: conflicts.indexOf(c) };
    setSaid('');
    onResolve(c, value).then(
      () => setSaid(`Kept “${shown(value)}” (${annotator}) for ${subject(c)}. ${leftSaid}`),
      () => {
        settling.current = null;
      },
    );
  };
  return (
    <>
      {conflicts.length === 0 ? (
        <p className="lp-muted">No conflicts.</p>
      ) : (
        <ul ref={list} className="lp-sync__conflicts" aria-label="Conflicts to resolve">
          {conflicts.map((c, i) => (
            <li key={c.id} className="lp-sync__conflict">
              <div id={`${ids}-${i}`}>
                <strong>{subject(c)}</strong>{' '}
                <span className="lp-muted">
                  {c.field.join(' › ') || 'whole file'}
                  {c.base !== undefined ? `, was ${shown(c.base)}` : ''}
                </span>
              </div>
              <div className="lp-sync__choices" role="group" aria-labelledby={`${ids}-${i}`}>
                {c.values.map((v) => (
                  <button
                    key={v.annotator}
                    type="button"
                    className="lp-button"
                    onClick={() => keep(c, v.value, v.annotator)}
                    title={`Keep ${v.annotator}'s value`}
                  >
                    Keep “{shown(v.value)}” ({v.annotator})
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="lp-sr-only" role="status" data-testid="conflict-announcement">
        {said}
      </p>
    </>
  );
}
