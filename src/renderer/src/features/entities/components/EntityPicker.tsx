import { useEffect, useId, useRef, useState } from 'react';
import type { EntityCandidateResult } from '../../../../../shared/contract';
import { useModel, useStoreValue } from '../../../model';
import { pickerChoices } from '../pickerChoices';
import { selectOnFocus } from '../../../ui/selectOnFocus';
import { focusOnMount } from '../../../ui/focusOnMount';

/** How many choices the list shows; more are asked for, so the span's type is not cut off. */
const SHOWN = 8;

export interface EntityPickerProps {
  /** The text to start searching with (the span's text). */
  readonly initialQuery: string;
  /** Shown as the last choice: create a new entity named by the query. */
  readonly allowCreate: boolean;
  /** An entity not offered (the one being merged: into itself is no merge). */
  readonly exclude?: string;
  /** The label of the span being linked, or the type of the entity merged: entities of that type come first when it is an entity type. */
  readonly label?: string;
  onPick(entityId: string): void;
  onCreate?(name: string): void;
  onCancel(): void;
}

/**
 * A searchable list of entities ranked by fuzzy, transliteration-tolerant name similarity; a
 * close name of the span's type comes first, else a new entity named by the query (see
 * `pickerChoices`).
 */
export function EntityPicker({
  initialQuery,
  allowCreate,
  exclude,
  label,
  onPick,
  onCreate,
  onCancel,
}: EntityPickerProps) {
  const { entities, project } = useModel();
  const types = useStoreValue(project, (s) => s.project?.schema.entityTypes);
  const type = label !== undefined && types?.includes(label) ? label : null;
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<readonly EntityCandidateResult[]>([]);
  const [active, setActive] = useState(0);
  /** The query the results are for (null until the first search answers). */
  const [searched, setSearched] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void entities.search(query).then((found) => {
      if (!live) return;
      setResults(found.filter((candidate) => candidate.entity.id !== exclude));
      setSearched(query);
      setActive(0);
    });
    return () => {
      live = false;
    };
  }, [entities, query, exclude]);
  const list = pickerChoices(query, results, {
    create: allowCreate,
    type,
    limit: SHOWN,
  });
  const choices = list.length;
  // Said when a search finds nothing to choose: Enter then does nothing, and the list is empty.
  const none =
    searched !== query || choices > 0
      ? ''
      : query.trim()
        ? `No entity matches “${query.trim()}”`
        : allowCreate
          ? 'No entity yet: type a name to make one'
          : 'There is no other entity';
  const choose = (index: number): void => {
    const picked = list[index];
    if (picked?.kind === 'entity') onPick(picked.candidate.entity.id);
    else if (picked) onCreate?.(picked.name);
  };
  // Enter before the search for what was typed answers takes the first choice once it does.
  const enterWaiting = useRef(false);
  useEffect(() => {
    if (!enterWaiting.current || searched !== query) return;
    enterWaiting.current = false;
    choose(0);
  });
  const listId = useId();
  const optionId = (index: number): string => `${listId}-${index}`;
  // The list scrolls: the option the arrows reach is brought into it.
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [listId, active]);
  const item = (index: number): string => `lp-picker__item${index === active ? ' is-active' : ''}`;
  // A combobox (ARIA 1.2): the keyboard stays in the field, which names the option its arrows
  // reach (aria-activedescendant), so a screen reader reads each one; options are not buttons.
  return (
    <div className="lp-picker">
      <input
        ref={focusOnMount}
        className="lp-input"
        role="combobox"
        aria-label="Search entities"
        aria-autocomplete="list"
        aria-expanded={choices > 0}
        aria-controls={listId}
        aria-activedescendant={active < choices ? optionId(active) : undefined}
        value={query}
        onFocus={selectOnFocus}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, choices - 1));
          else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (event.key === 'Enter') {
            if (searched === query) choose(active);
            else enterWaiting.current = true;
          } else if (event.key === 'Escape') onCancel();
          else return;
          event.preventDefault();
        }}
      />
      <ul id={listId} className="lp-picker__list" role="listbox" aria-label="Entities">
        {list.map((choice, i) =>
          choice.kind === 'create' ? (
            <li
              key="+"
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={item(i)}
              onClick={() => choose(i)}
              onMouseMove={() => setActive(i)}
            >
              + New entity “{choice.name}”
            </li>
          ) : (
            <li
              key={choice.candidate.entity.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={item(i)}
              onClick={() => choose(i)}
              // Moved, not entered: an option scrolled under a still pointer by the keys stays unchosen.
              onMouseMove={() => setActive(i)}
            >
              <span className="lp-picker__name">{choice.candidate.entity.name}</span>
              <span className="lp-muted">
                {choice.candidate.entity.type}
                {choice.candidate.matched !== choice.candidate.entity.name
                  ? ` · as “${choice.candidate.matched}”`
                  : ''}
                {choice.candidate.score > 0
                  ? ` · ${Math.round(choice.candidate.score * 100)}%`
                  : ''}
              </span>
            </li>
          ),
        )}
      </ul>
      <p className="lp-muted lp-small" role="status">
        {none}
      </p>
    </div>
  );
}
