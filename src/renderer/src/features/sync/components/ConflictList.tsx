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

/**
 * Conflicts a sync recorded: two teammates changed one value differently. Each offers every
 * teammate's value; nothing is decided until a person picks one.
 */
export function ConflictList({
  conflicts,
  names,
  onResolve,
}: {
  readonly conflicts: readonly SyncConflict[];
  /** Entity names by id, to say which entity a conflict is in. */
  readonly names: ReadonlyMap<string, string>;
  onResolve(conflict: SyncConflict, value: unknown): void;
}) {
  if (conflicts.length === 0) return <p className="lp-muted">No conflicts.</p>;
  return (
    <ul className="lp-sync__conflicts" aria-label="Conflicts to resolve">
      {conflicts.map((c) => (
        <li key={c.id} className="lp-sync__conflict">
          <div>
            <strong>
              {KIND[c.kind]} {c.kind === 'entity' ? (names.get(c.subject) ?? c.subject) : c.subject}
            </strong>{' '}
            <span className="lp-muted">
              {c.field.join(' › ') || 'whole file'}
              {c.base !== undefined ? `, was ${shown(c.base)}` : ''}
            </span>
          </div>
          <div className="lp-sync__choices">
            {c.values.map((v) => (
              <button
                key={v.annotator}
                type="button"
                className="lp-button"
                onClick={() => onResolve(c, v.value)}
                title={`Keep ${v.annotator}'s value`}
              >
                Keep “{shown(v.value)}” ({v.annotator})
              </button>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
