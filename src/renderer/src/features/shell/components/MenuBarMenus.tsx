import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatChord, type MenuName } from '../../../../../shared/commands';
import { useCommandEntries, useCommandRegistry, type CommandEntry } from '../../../commands';
import { focusNeighbourTrigger, menuNeighbour, menuStep } from './menuNeighbour';
import { MENU_TITLES } from './menuTitles';
import { keyboardLost } from '../../../ui/keyboardLost';

/** The menu whose opening loaded the menus, and whether a key opened it. */
export interface FirstMenu {
  readonly menu: MenuName;
  readonly byKeyboard: boolean;
}

const DESKTOP_ONLY =
  'In the desktop app; in a browser, run `loupe serve <folder>` for another project';

/** A menu's commands in groups, in declaration order; separators go between groups. */
function groupsOf(entries: readonly CommandEntry[], menu: MenuName): CommandEntry[][] {
  const groups = new Map<number, CommandEntry[]>();
  for (const entry of entries) {
    const placement = entry.spec.menu;
    if (placement?.menu !== menu) continue;
    groups.set(placement.group, [...(groups.get(placement.group) ?? []), entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

/** The keys that open a menu from its button (Radix's, and the WAI-ARIA APG menu button's). */
const OPENING_KEYS: ReadonlySet<string> = new Set(['Enter', ' ', 'ArrowDown']);

/** Focuses a menu's first enabled item (before Radix would focus the menu itself). */
function focusFirstItem(content: HTMLElement): void {
  content
    .querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')
    ?.focus({ preventScroll: true });
}

/**
 * The menu bar's menus (Radix), built from the command registry: loaded by `MenuBar` when a
 * menu is first opened, and mounted with that menu open.
 */
export function MenuBarMenus({ first }: { readonly first: FirstMenu }) {
  // A menu a key opened (Enter, Space or ↓ on its button, ← or → from the menu beside it) opens
  // with its first item focused (WAI-ARIA APG menu button). Radix's own move to that item does
  // not happen in this renderer (the menu itself kept the keyboard), so each such opening is
  // marked here and the menu's content focuses the item as it mounts; the key that opened the
  // first menu came before these menus loaded.
  const pendingKey = useRef(first.byKeyboard);
  const [open, setOpen] = useState<MenuName | null>(first.menu);
  const triggers = useRef(new Map<MenuName, HTMLButtonElement>());
  // A menu that goes (Esc, a choice) gives its button the keyboard before the next key: Radix
  // does so a task later, and a Tab pressed in between went from the page's start. Not when
  // something took the keyboard as it went: another menu, a dialog, a field its command focused.
  useLayoutEffect(() => {
    const trigger = open === null ? undefined : triggers.current.get(open);
    if (!trigger) return;
    return () =>
      queueMicrotask(() => {
        if (!keyboardLost() || document.querySelector('.lp-menu[data-state="open"]')) return;
        trigger.focus();
      });
  }, [open]);
  const onContent = (content: HTMLDivElement | null): void => {
    if (!content || !pendingKey.current) return;
    pendingKey.current = false;
    focusFirstItem(content);
  };
  // ← and → in an open menu open the menu beside it, its first item focused (a menu bar's keys).
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>, menu: MenuName): void => {
    const step = menuStep(event);
    if (!step) return;
    event.preventDefault();
    pendingKey.current = true;
    setOpen(menuNeighbour(menu, step));
  };
  return (
    <>
      {MENU_TITLES.map(([menu, label]) => (
        <DropdownMenu.Root
          key={menu}
          modal={false}
          open={open === menu}
          onOpenChange={(next) =>
            setOpen(next ? menu : (current) => (current === menu ? null : current))
          }
        >
          <DropdownMenu.Trigger
            ref={(trigger) => void (trigger && triggers.current.set(menu, trigger))}
            className="lp-menubar__trigger"
            onKeyDown={(event) => {
              focusNeighbourTrigger(event, menu);
              if (OPENING_KEYS.has(event.key) && open !== menu) pendingKey.current = true;
            }}
            onPointerDown={() => void (pendingKey.current = false)}
          >
            {label}
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content
              className="lp-menu"
              align="start"
              sideOffset={4}
              ref={open === menu ? onContent : undefined}
              onKeyDown={(event) => onMenuKey(event, menu)}
              // A menu that closes while another is open (an arrow went there) leaves the
              // keyboard to that menu, not to its own button; nor does it take the keyboard back
              // from where it went since the menu closed (its button, a dialog, a Tab on).
              onCloseAutoFocus={(event) => {
                if (document.querySelector('.lp-menu[data-state="open"]') || !keyboardLost())
                  event.preventDefault();
              }}
            >
              <MenuItems menu={menu} />
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      ))}
    </>
  );
}

/** An open menu's items, in groups: mounted only while the menu is open, so a closed menu asks the registry nothing and an edit does not render the bar. */
function MenuItems({ menu }: { readonly menu: MenuName }) {
  const entries = useCommandEntries();
  return groupsOf(entries, menu).map((group, i) => [
    i > 0 && <DropdownMenu.Separator key={`separator-${i}`} className="lp-menu__separator" />,
    ...group.map((entry) => <Item key={entry.spec.id} entry={entry} />),
  ]);
}

/** One item: the desktop app's own commands are shown disabled, with why. */
function Item({ entry }: { readonly entry: CommandEntry }) {
  const registry = useCommandRegistry();
  const [chord] = entry.keys;
  return (
    <DropdownMenu.Item
      className="lp-menu__item"
      disabled={!entry.enabled}
      title={entry.runnable ? undefined : DESKTOP_ONLY}
      onSelect={() => void registry.run(entry.spec.id)}
    >
      <span>{entry.spec.title}</span>
      {entry.runnable && chord && <kbd className="lp-menu__keys">{formatChord(chord)}</kbd>}
    </DropdownMenu.Item>
  );
}
