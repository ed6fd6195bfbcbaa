import { useEffect, useState } from 'react';
import type { EntityCandidateResult } from '../../../../../shared/contract';
import { useModel } from '../../../model';

export interface EntityPickerProps {
  /** The text to start searching with (the span's text). */
  readonly initialQuery: string;
  /** Shown as the last choice: create a new entity named by the query. */
  readonly allowCreate: boolean;
  onPick(entityId: string): void;
  onCreate?(name: string): void;
  onCancel(): void;
}

/** A searchable list of entities ranked by fuzzy, transliteration-tolerant name similarity. */
export function EntityPicker({
  initialQuery,
  allowCreate,
  onPick,
  onCreate,
  onCancel,
}: EntityPickerProps) {
  const { entities } = useModel();
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<readonly EntityCandidateResult[]>([]);
  const [active, setActive] = useState(0);
  useEffect(() => {
    let live = true;
    void entities.search(query).then((found) => {
      if (!live) return;
      setResults(found);
      setActive(0);
    });
    return () => {
      live = false;
    };
  }, [entities, query]);
  const choices = results.length + (allowCreate && query.trim() ? 1 : 0);
  const choose = (index: number): void => {
    const picked = results[index];
    if (picked) onPick(picked.entity.id);
    else if (allowCreate && query.trim()) onCreate?.(query.trim());
  };
  return (
    <div className="lp-picker" role="combobox" aria-expanded="true" aria-label="Link to entity">
      <input
        autoFocus
        className="lp-input"
        aria-label="Search entities"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, choices - 1));
          else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (event.key === 'Enter') choose(active);
          else if (event.key === 'Escape') onCancel();
          else return;
          event.preventDefault();
        }}
      />
      <ul className="lp-picker__list" role="listbox">
        {results.map((candidate, i) => (
          <li key={candidate.entity.id} role="option" aria-selected={i === active}>
            <button
              type="button"
              className={`lp-picker__item${i === active ? ' is-active' : ''}`}
              onClick={() => choose(i)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="lp-picker__name">{candidate.entity.name}</span>
              <span className="lp-muted">
                {candidate.entity.type}
                {candidate.matched !== candidate.entity.name ? ` · as “${candidate.matched}”` : ''}
                {candidate.score > 0 ? ` · ${Math.round(candidate.score * 100)}%` : ''}
              </span>
            </button>
          </li>
        ))}
        {allowCreate && query.trim() && (
          <li role="option" aria-selected={active === results.length}>
            <button
              type="button"
              className={`lp-picker__item${active === results.length ? ' is-active' : ''}`}
              onClick={() => choose(results.length)}
            >
              + New entity “{query.trim()}”
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
