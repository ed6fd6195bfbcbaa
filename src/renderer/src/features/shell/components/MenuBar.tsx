import { lazy, startTransition, Suspense, useState } from 'react';
import type { FirstMenu } from './MenuBarMenus';
import { focusNeighbourTrigger } from './menuNeighbour';
import { MENU_TITLES } from './menuTitles';

const MenuBarMenus = lazy(() =>
  import('./MenuBarMenus').then((module) => ({ default: module.MenuBarMenus })),
);

/**
 * The browser host's menu bar: the desktop app's menus, built from the command registry. The
 * window opens with the bar's buttons alone; the menus (Radix) load when one is first opened,
 * by the same pointer press or key that opens a Radix menu, and replace the buttons in place.
 */
export function MenuBar() {
  const [first, setFirst] = useState<FirstMenu | null>(null);
  // A transition keeps these buttons on screen (and focused) until the menus have loaded.
  const open = (next: FirstMenu): void => startTransition(() => setFirst(next));
  const buttons = <MenuButtons onOpen={open} />;
  return (
    <nav className="lp-menubar" aria-label="Menu">
      <Suspense fallback={buttons}>{first ? <MenuBarMenus first={first} /> : buttons}</Suspense>
    </nav>
  );
}

/** The bar before its menus load: buttons that look and answer like the menus' triggers. */
function MenuButtons({ onOpen }: { onOpen(first: FirstMenu): void }) {
  return MENU_TITLES.map(([menu, label]) => (
    <button
      key={menu}
      type="button"
      className="lp-menubar__trigger"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      onPointerDown={(event) => {
        if (event.button !== 0 || event.ctrlKey) return;
        event.preventDefault(); // as a Radix trigger: the menu, not the button, takes focus
        onOpen({ menu, byKeyboard: false });
      }}
      onKeyDown={(event) => {
        focusNeighbourTrigger(event, menu);
        if (!['Enter', ' ', 'ArrowDown'].includes(event.key)) return;
        event.preventDefault();
        onOpen({ menu, byKeyboard: true });
      }}
    >
      {label}
    </button>
  ));
}
