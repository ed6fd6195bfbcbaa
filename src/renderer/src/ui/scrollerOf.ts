/** The element that scrolls `element` into view: its nearest ancestor with a vertical scroll bar. */
export function scrollerOf(element: Element): Element {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && at.scrollHeight > at.clientHeight)
      return at;
  }
  return document.scrollingElement ?? document.documentElement;
}
