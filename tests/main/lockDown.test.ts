import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { denyPermissions, lockDown } from '../../src/main/lockDown';

type Listener = (...args: unknown[]) => void;

/** A stand-in for WebContents that records listeners and handlers. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  const state = {
    openHandler: null as null | ((details: { url: string }) => { action: string }),
    devtoolsClosed: 0,
  };
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      state.openHandler = handler;
    },
    closeDevTools() {
      state.devtoolsClosed++;
    },
  };
  const emit = (event: string, ...args: unknown[]) =>
    (listeners.get(event) ?? []).forEach((l) => l(...args));
  return { contents: contents as unknown as WebContents, emit, state, listeners };
}

function navigationEvent() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

const PAGE = 'file:///opt/Loupe/resources/app.asar/out/renderer/index.html';

describe('lockDown', () => {
  it('refuses navigation and redirects away from the page', () => {
    const fake = fakeContents();
    lockDown(fake.contents, PAGE, true);
    for (const [kind, url] of [
      ['will-navigate', 'https://evil.example/'],
      ['will-navigate', 'file:///etc/passwd'],
      ['will-redirect', 'javascript:alert(1)'],
    ] as const) {
      const event = navigationEvent();
      fake.emit(kind, event, url);
      expect(event.prevented, `${kind} ${url}`).toBe(true);
    }
    const reload = navigationEvent();
    fake.emit('will-navigate', reload, PAGE);
    expect(reload.prevented).toBe(false);
  });

  it('denies every window.open and <webview>', () => {
    const fake = fakeContents();
    lockDown(fake.contents, PAGE, true);
    expect(fake.state.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(fake.state.openHandler?.({ url: PAGE })).toEqual({ action: 'deny' });
    const attach = navigationEvent();
    fake.emit('will-attach-webview', attach);
    expect(attach.prevented).toBe(true);
  });

  it('closes devtools in packaged builds only', () => {
    const packaged = fakeContents();
    lockDown(packaged.contents, PAGE, true);
    packaged.emit('devtools-opened');
    expect(packaged.state.devtoolsClosed).toBe(1);
    const dev = fakeContents();
    lockDown(dev.contents, PAGE, false);
    dev.emit('devtools-opened');
    expect(dev.state.devtoolsClosed).toBe(0);
  });
});

describe('denyPermissions', () => {
  it('refuses permission requests and checks', () => {
    const handlers: {
      request?: (c: unknown, p: string, cb: (granted: boolean) => void) => void;
      check?: () => boolean;
    } = {};
    const session = {
      setPermissionRequestHandler: (h: typeof handlers.request) => void (handlers.request = h),
      setPermissionCheckHandler: (h: typeof handlers.check) => void (handlers.check = h),
    } as unknown as Session;
    denyPermissions(session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'])
      handlers.request?.(null, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false]);
    expect(handlers.check?.()).toBe(false);
  });
});
