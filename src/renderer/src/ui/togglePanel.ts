/** Which panel a toggle hides; the stylesheet reads `data-hide-<panel>` on <html>. */
export type Panel = 'side' | 'inspector';

/** The elements each panel is drawn in (the inspector's place holds one of several asides). */
const PANEL_ELEMENTS: Readonly<Record<Panel, string>> = {
  side: '.lp-side',
  inspector: '.lp-inspector',
};

/**
 * Hides or shows a panel of the window. Hiding the panel that has the keyboard would leave it
 * nowhere (on the page's body): `giveBack` takes it then (to the text). True when it is now hidden.
 */
export function togglePanel(panel: Panel, giveBack: () => void): boolean {
  const active = document.activeElement;
  const hadKeyboard = [...document.querySelectorAll(PANEL_ELEMENTS[panel])].some(
    (element) => active !== null && element.contains(active),
  );
  const hidden = document.documentElement.toggleAttribute(`data-hide-${panel}`);
  if (hidden && hadKeyboard) giveBack();
  return hidden;
}
