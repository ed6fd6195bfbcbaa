/** Elements the browser may put in the Tab order without a `tabindex` of their own. */
const CANDIDATES = [
  'a[href]',
  'area[href]',
  'button',
  'input',
  'select',
  'textarea',
  'iframe',
  'summary',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]',
  '[tabindex]',
].join(', ');

/** A modal dialog: Tab stays inside it (Radix's focus trap, ui/Modal.tsx). */
const MODAL =
  '[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"], .lp-dialog';

/** Where Tab order is `element`'s own: from a negative `tabindex` (never by Tab) up. */
function tabIndexOf(element: HTMLElement): number {
  const own = element.getAttribute('tabindex');
  if (own !== null && /^\s*-?\d+\s*$/.test(own)) return Number.parseInt(own, 10);
  if (element.isContentEditable && element.parentElement?.isContentEditable) return -1;
  return element.matches(CANDIDATES) && !element.matches('[tabindex]') ? 0 : -1;
}

/** True when the user can see and reach `element`: enabled, shown, not inert. */
function reachable(element: HTMLElement): boolean {
  if (element.matches(':disabled, input[type="hidden"]')) return false;
  if (element.closest('[hidden], [inert], details:not([open]) > :not(summary)')) return false;
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

/** The radio buttons that make one group with `radio` (same name, same form). */
function radioGroupOf(radio: HTMLInputElement, stops: readonly HTMLElement[]): HTMLInputElement[] {
  return stops.filter(
    (e): e is HTMLInputElement =>
      e instanceof HTMLInputElement &&
      e.type === 'radio' &&
      e.name === radio.name &&
      e.form === radio.form,
  );
}

/**
 * The controls in `scope` that Tab reaches, in the order it does: a positive `tabindex` first,
 * by its number, then the rest in document order; disabled, hidden and `tabindex="-1"` ones
 * left out; of a named radio group only its checked button, or with none checked the one Tab
 * comes to first (the first going forward, the last going back), and `current`, where it is.
 */
export function tabStopsIn(
  scope: Element,
  current: Element | null = null,
  backward = false,
): HTMLElement[] {
  const all = Array.from(scope.querySelectorAll<HTMLElement>(CANDIDATES)).filter(
    (e) => tabIndexOf(e) >= 0 && reachable(e),
  );
  const stops = all.filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name)
      return true;
    if (element === current) return true;
    const group = radioGroupOf(element, all);
    if (group.some((radio) => radio === current)) return false;
    const checked = group.find((radio) => radio.checked);
    if (checked) return element === checked;
    return element === (backward ? group[group.length - 1] : group[0]);
  });
  const ordered = stops.filter((e) => tabIndexOf(e) > 0);
  ordered.sort((a, b) => tabIndexOf(a) - tabIndexOf(b));
  return [...ordered, ...stops.filter((e) => tabIndexOf(e) === 0)];
}

/**
 * Moves the keyboard as Tab (Shift+Tab when `backward`) moves it from `from`: to the next (or
 * previous) control in the Tab order, within the open dialog when `from` is in one, round from
 * the last to the first; a text input taken so has its text selected, as by Tab. False when
 * there is nowhere to go.
 */
export function moveFocusByTab(from: Element, backward: boolean): boolean {
  const scope = from.closest(MODAL) ?? from.ownerDocument.body;
  const stops = tabStopsIn(scope, from, backward);
  if (stops.length === 0) return false;
  const at = stops.findIndex((stop) => stop === from);
  const step = backward ? -1 : 1;
  const next =
    at >= 0
      ? stops[(at + step + stops.length) % stops.length]
      : backward
        ? ([...stops].reverse().find((e) => follows(from, e)) ?? stops[stops.length - 1])
        : (stops.find((e) => follows(e, from)) ?? stops[0]);
  if (!next || next === from) return false;
  next.focus();
  if (next instanceof HTMLInputElement && typeof next.select === 'function') next.select();
  return true;
}

/** True when `later` comes after `earlier` in the document (and is not inside it). */
function follows(later: Element, earlier: Element): boolean {
  const position = earlier.compareDocumentPosition(later);
  return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !earlier.contains(later);
}
