/**
 * Whether no control has the keyboard: nothing is focused, the page itself is, or the control
 * that was has gone from the page with what held it (a closed dialog or menu).
 */
export function keyboardLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}
