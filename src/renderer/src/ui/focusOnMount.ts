/**
 * A ref that gives the keyboard to its element when the element mounts, as `autoFocus` does in
 * React DOM. Preact leaves `autoFocus` to the browser, which honours it only while the page
 * loads. One function for every element, so it runs once per mount, not on every render.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
