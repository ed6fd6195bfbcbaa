import { useEffect, useId, useRef, useState } from 'react';
import type { EntityCandidateResult } from '../../../../../shared/contract';
import { useModel, useStoreValue } from '../../../model';
import { pickerChoices } from '../pickerChoices';
import { selectOnFocus } from '../../../ui/selectOnFocus';
import { focusOnMount } from '../../../ui/focusOnMount';
import { CandidateText, PickerOption } from './PickerOption';
import { isWindowKey } from '../../../ui/isWindowKey';
import { whenLeftByF6 } from '../../../ui/whenLeftByF6';

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
  /** The entity types wanted first, in place of the label's (null: any type). */
  readonly types?: readonly string[] | null;
  /** Ids of the entities the open document mentions: first among equals. */
  readonly mentioned?: ReadonlySet<string>;
  onPick(entityId: string): void;
  onCreate?(name: string): void;
  onCancel(): void;
  /** F6 took the keyboard elsewhere: close without taking it back (onCancel when absent). */
  onLeft?(): void;
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
  types: wanted,
  mentioned,
  onPick,
  onCreate,
  onCancel,
  onLeft = onCancel,
}: EntityPickerProps) {
  const { entities, project, announcements } = useModel();
  const types = useStoreValue(project, (s) => s.project?.schema.entityTypes);
  const all = useStoreValue(entities, (s) => s.entities);
  const labelTypes = label !== undefined && types?.includes(label) ? [label] : null;
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<readonly EntityCandidateResult[]>([]);
  const [active, setActive] = useState(0);
  /** The query the results are for (null until the first search answers). */
  const [searched, setSearched] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // An empty query lists every entity known (the search gives a first few), so the ranking decides.
    const everyone = (found: readonly EntityCandidateResult[]): EntityCandidateResult[] => [
      ...found,
      ...all
        .filter((entity) => !found.some((c) => c.entity.id === entity.id))
        .map((entity) => ({ entity, score: 0, matched: entity.name })),
    ];
    const search = entities.search(query).then((found) => (query.trim() ? found : everyone(found)));
    void search.then((found) => {
      if (!live) return;
      setResults(found.filter((candidate) => candidate.entity.id !== exclude));
      setSearched(query);
      setActive(0);
    });
    return () => {
      live = false;
    };
  }, [entities, all, query, exclude]);
  const list = pickerChoices(query, results, {
    create: allowCreate,
    types: wanted !== undefined ? wanted : labelTypes,
    ...(mentioned ? { mentioned } : {}),
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
          // Left by F6, a search chooses nothing: it closes and says so (it stayed open).
          whenLeftByF6(event, () => {
            onLeft();
            const what = query.trim() ? ` for “${query.trim()}”` : '';
            announcements.announce(`Closed the entity search${what}: nothing chosen`);
          });
          if (isWindowKey(event)) return;
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
        {list.map((choice, i) => (
          <PickerOption
            key={choice.kind === 'create' ? '+' : choice.candidate.entity.id}
            id={optionId(i)}
            active={i === active}
            onChoose={() => choose(i)}
            onPoint={() => setActive(i)}
          >
            {choice.kind === 'create' ? (
              `+ New entity “${choice.name}”`
            ) : (
              <CandidateText candidate={choice.candidate} />
            )}
          </PickerOption>
        ))}
      </ul>
      <p className="lp-muted lp-small" role="status">
        {none}
      </p>
    </div>
  );
}
