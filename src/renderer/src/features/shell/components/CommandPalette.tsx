import { useEffect, useState, type KeyboardEvent } from 'react';
import { paletteFilter, useCommandEntries, useCommandRegistry } from '../../../commands';
import { useModel } from '../../../model';
import { Modal } from '../../../ui/Modal';
import { countOf } from '../../../ui/countOf';
import { focusOnMount } from '../../../ui/focusOnMount';
import type { CommandEntry } from '../../../commands';
import { PaletteKeys } from './PaletteKeys';

/** What the palette's live count says: how many commands the filter leaves, and how many of them cannot run now. */
function countSaid(found: readonly CommandEntry[]): string {
  const off = found.filter((entry) => !entry.enabled).length;
  const on = found.length - off;
  if (found.length === 0) return 'No command matches.';
  if (off === 0) return countOf(on, 'command');
  if (on === 0) return `${countOf(off, 'command')}, unavailable now`;
  return `${countOf(on, 'command')}, ${off} unavailable now`;
}

/**
 * Every command, filtered as you type: those that can run now first, then, greyed, those that
 * cannot and why; arrows choose, Enter runs one, or says why it cannot run and stays open.
 */
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
  // Why the command chosen last cannot run, said until the query changes; counted, so that the
  // same words said again at the next press are said as new (see the status below).
  const [refused, setRefused] = useState<{ text: string; press: number } | null>(null);
  const at = Math.min(active, Math.max(0, found.length - 1));
  const activeId = found[at] ? `lp-palette-${found[at].spec.id}` : undefined;
  // The list scrolls: the command the arrows reach is brought into it.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  const run = (index: number): void => {
    const entry = found[index];
    if (!entry) return;
    if (!entry.enabled) {
      const why = entry.unavailable ? ` ${entry.unavailable}.` : '';
      const text = `${entry.spec.title} cannot run now.${why}`;
      setRefused((last) => ({ text, press: (last?.press ?? 0) + 1 }));
      return;
    }
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
  // Said as the filter changes: how many commands it leaves, or that none does; or why the
  // chosen one cannot run.
  // A refusal is said in an element of its own each press: a live region whose text is set to
  // the same text again changes nothing, and a screen reader says nothing.
  const said = refused ? <span key={refused.press}>{refused.text}</span> : countSaid(found);
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
          setRefused(null);
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
            aria-disabled={!entry.enabled || undefined}
            className={`lp-palette__item${i === at ? ' is-active' : ''}${entry.enabled ? '' : ' is-off'}`}
            // Moved, not entered: an option scrolled under a still pointer by the keys stays unchosen.
            onMouseMove={() => setActive(i)}
            onClick={() => run(i)}
          >
            <span className="lp-palette__title">{entry.spec.title}</span>
            {entry.enabled
              ? entry.spec.description && (
                  <span className="lp-palette__description">{entry.spec.description}</span>
                )
              : entry.unavailable && (
                  <span className="lp-palette__description lp-palette__why">
                    {entry.unavailable}
                  </span>
                )}
            <PaletteKeys keys={entry.keys} taken={entry.taken} />
          </li>
        ))}
      </ul>
      <p
        className={found.length === 0 || refused ? 'lp-muted lp-palette__empty' : 'lp-sr-only'}
        role="status"
      >
        {said}
      </p>
    </div>
  );
}
