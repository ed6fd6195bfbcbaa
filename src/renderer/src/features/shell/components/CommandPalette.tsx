import { useState } from 'react';
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
  const run = (index: number): void => {
    const entry = found[index];
    if (!entry) return;
    view.close();
    registry.run(entry.spec.id);
  };
  return (
    <div className="lp-palette">
      <input
        ref={focusOnMount}
        className="lp-input"
        aria-label="Command"
        aria-controls="lp-palette-list"
        aria-activedescendant={found[at] ? `lp-palette-${found[at].spec.id}` : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive(Math.min(at + 1, found.length - 1));
          else if (event.key === 'ArrowUp') setActive(Math.max(at - 1, 0));
          else if (event.key === 'Enter') run(at);
          else return;
          event.preventDefault();
        }}
      />
      <ul
        className="lp-palette__list"
        id="lp-palette-list"
        role="listbox"
        aria-label="Commands"
        tabIndex={0}
      >
        {found.length === 0 && <li className="lp-muted lp-palette__empty">No command matches.</li>}
        {found.map((entry, i) => (
          <li
            key={entry.spec.id}
            id={`lp-palette-${entry.spec.id}`}
            role="option"
            aria-selected={i === at}
            className={`lp-palette__item${i === at ? ' is-active' : ''}`}
            onMouseEnter={() => setActive(i)}
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
    </div>
  );
}
