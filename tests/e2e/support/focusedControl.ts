import type { Page } from 'playwright-core';

/** What has the keyboard, as a keyboard user meets it. */
export interface FocusedControl {
  /** Tag (and role) with the accessible name or text: `button:Adjudicate`, `select:Match mode`. */
  readonly name: string;
  /** It shows that it has the keyboard: an outline or a box shadow (a ring). */
  readonly ring: boolean;
  /** Inside the element `within` names (the open view or dialog). */
  readonly inside: boolean;
}

/**
 * The control that has the keyboard ('body' when none), whether it shows a focus ring, and
 * whether it is inside `within`.
 */
export function focusedControl(page: Page, within = 'body'): Promise<FocusedControl> {
  return page.evaluate((css) => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return { name: 'body', ring: false, inside: false };
    const style = getComputedStyle(active);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    const role = active.getAttribute('role');
    const label =
      active.getAttribute('aria-label') ??
      active.querySelector('title')?.textContent ??
      active.textContent ??
      '';
    const name = `${active.tagName.toLowerCase()}${role ? `[${role}]` : ''}:${label.trim().replace(/\s+/g, ' ')}`;
    return { name, ring, inside: !!active.closest(css) };
  }, within);
}
