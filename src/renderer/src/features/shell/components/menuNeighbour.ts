import type { KeyboardEvent } from 'react';
import type { MenuName } from '../../../../../shared/commands';
import { MENU_TITLES } from './menuTitles';

/** The menu `←` (-1) or `→` (1) goes to from `menu`, round the ends, as a desktop menu bar does. */
export function menuNeighbour(menu: MenuName, step: 1 | -1): MenuName {
  const at = MENU_TITLES.findIndex(([name]) => name === menu);
  const next = (at + step + MENU_TITLES.length) % MENU_TITLES.length;
  return (MENU_TITLES[next] as (typeof MENU_TITLES)[number])[0];
}

/** The step of an arrow key between menus (`←` -1, `→` 1), else null. */
export function menuStep(event: KeyboardEvent): 1 | -1 | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'ArrowRight') return 1;
  if (event.key === 'ArrowLeft') return -1;
  return null;
}

/** `←`/`→` on a menu's button: the keyboard goes to the button of the menu beside it. */
export function focusNeighbourTrigger(event: KeyboardEvent<HTMLElement>, menu: MenuName): void {
  const step = menuStep(event);
  if (!step) return;
  event.preventDefault();
  const index = MENU_TITLES.findIndex(([name]) => name === menuNeighbour(menu, step));
  const bar = event.currentTarget.parentElement;
  bar?.querySelectorAll<HTMLElement>('.lp-menubar__trigger')[index]?.focus();
}
