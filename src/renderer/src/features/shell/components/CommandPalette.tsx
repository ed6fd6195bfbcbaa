import { useEffect, useState, type KeyboardEvent } from 'react';
import { formatChord } from '../../../../../shared/commands';
import { paletteFilter, useCommandEntries, useCommandRegistry } from '../../../commands';
import { useModel } from '../../../model';
import { Modal } from '../../../ui/Modal';
import { focusOnMount } from '../../../ui/focusOnMount';

/** Every command that can run now, filtered as you type; arrows choose, Enter runs. */
export function CommandPalette({ open }: { readonly open: boolean }) {
  const { view } = useModel();
  return (
    <Modal open={open} onClose={view.close} title="Command palette" size="palette">
      {open && <PaletteBody />}
    </Modal>
  );
}

function PaletteBody() {
  const { view } = useModel();
  const registry = useCommandRegistry();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const found = paletteFilter(useCommandEntries(), query);
  const at = Math.min(active, Math.max(0, found.length - 1));
  const activeId = found[at] ? `lp-palette-${found[at].spec.id}` : undefined;
  // The list scrolls: the command the arrows reach is brought into it.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  const run = (index: number): void => {
    const entry = found[index];
    if (!entry) return;
    view.close();
    registry.run(entry.spec.id);
  };
  // The same keys in the field and in the list (a Tab stop of its own while it has commands, as
  // it scrolls): the arrows, Home and End choose, Enter runs.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, inField: boolean): void => {
    const last = found.length - 1;
    if (event.key === 'ArrowDown') setActive(Math.min(at + 1, last));
    else if (event.key === 'ArrowUp') setActive(Math.max(at - 1, 0));
    else if (event.key === 'Home' && !inField) setActive(0);
    else if (event.key === 'End' && !inField) setActive(Math.max(last, 0));
    else if (event.key === 'Enter') run(at);
    else return;
    event.preventDefault();
  };
  // Said as the filter changes: how many commands it leaves, or that none does.
  const count =
    found.length === 0
      ? 'No command matches.'
      : found.length === 1
        ? '1 command'
        : `${found.length} commands`;
  return (
    <div className="lp-palette">
      {/* A combobox (ARIA 1.2): the keyboard stays in the field, which names the command its
          arrows reach (aria-activedescendant), so a screen reader reads each one. */}
      <input
        ref={focusOnMount}
        className="lp-input"
        role="combobox"
        aria-label="Command"
        aria-autocomplete="list"
        aria-expanded={found.length > 0}
        aria-controls="lp-palette-list"
        aria-activedescendant={activeId}
        placeholder="Type a command…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => onKeyDown(event, true)}
      />
      <ul
        className="lp-palette__list"
        id="lp-palette-list"
        role="listbox"
        aria-label="Commands"
        aria-activedescendant={activeId}
        tabIndex={found.length > 0 ? 0 : -1}
        onKeyDown={(event) => onKeyDown(event, false)}
      >
        {found.map((entry, i) => (
          <li
            key={entry.spec.id}
            id={`lp-palette-${entry.spec.id}`}
            role="option"
            aria-selected={i === at}
            className={`lp-palette__item${i === at ? ' is-active' : ''}`}
            // Moved, not entered: an option scrolled under a still pointer by the keys stays unchosen.
            onMouseMove={() => setActive(i)}
            onClick={() => run(i)}
          >
            <span className="lp-palette__title">{entry.spec.title}</span>
            {entry.spec.description && (
              <span className="lp-palette__description">{entry.spec.description}</span>
            )}
            <span className="lp-palette__keys">
              {entry.keys.map((chord) => (
                <kbd key={chord}>{formatChord(chord)}</kbd>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <p className={found.length === 0 ? 'lp-muted lp-palette__empty' : 'lp-sr-only'} role="status">
        {count}
      </p>
    </div>
  );
}
