import type { CDPSession } from 'playwright-core';

/** Chromium's modifier bits in a key event: Alt 1, Ctrl 2, Shift 8. */
export const ALT = 1;
export const CTRL = 2;
export const SHIFT = 8;

/** A key as the DevTools protocol sends it: its `key`, `code`, Windows key code and modifier bits. */
export type KeySent = readonly [key: string, code: string, vk: number, mods?: number];

/**
 * Real key presses, each sent to Chromium without waiting for the page to act on the one
 * before, as fast hands type: down and up of each, `text` for a key that types a character
 * (AltGr's too, or Enter's carriage return).
 */
export function pressAll(cdp: CDPSession, keys: readonly KeySent[]): Promise<unknown> {
  const sent: Promise<unknown>[] = [];
  for (const [key, code, vk, mods = 0] of keys) {
    // Enter types a carriage return, which submits a form as a real Enter does; Ctrl+Alt with a
    // character is AltGr typing it, as Windows reports it.
    const altGr = (mods & (CTRL | ALT)) === (CTRL | ALT);
    const text = key === 'Enter' ? '\r' : key.length === 1 && (!(mods & CTRL) || altGr) ? key : '';
    const typed = text ? { text, unmodifiedText: text } : {};
    const base = { key, code, windowsVirtualKeyCode: vk, modifiers: mods };
    sent.push(
      cdp.send('Input.dispatchKeyEvent', {
        type: typed.text ? 'keyDown' : 'rawKeyDown',
        ...base,
        ...typed,
      }),
    );
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base }));
  }
  return Promise.all(sent);
}

/**
 * The keys that type `text` on a US keyboard (letters, digits, space), capitals with Shift.
 * @example typing('Ab') → [['A', 'KeyA', 65, SHIFT], ['b', 'KeyB', 66]]
 */
export function typing(text: string): KeySent[] {
  return Array.from(text, (char): KeySent => {
    if (char === ' ') return [' ', 'Space', 32];
    const upper = char.toUpperCase();
    const vk = upper.charCodeAt(0);
    if (/[0-9]/.test(char)) return [char, `Digit${char}`, vk];
    if (!/[A-Z]/.test(upper)) throw new Error(`no key types ${JSON.stringify(char)}`);
    return char === upper ? [char, `Key${upper}`, vk, SHIFT] : [char, `Key${upper}`, vk];
  });
}
