// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope, Invoke } from '../../../src/shared/contract';
import { trackSaves } from '../../../src/renderer/src/saveState';
import { useAfterEdit } from '../../../src/renderer/src/ui/useAfterEdit';

/** Frames the test paints by hand: the callbacks asked for since the last one. */
let frames: (() => void)[] = [];

function Shown({ value }: { readonly value: string }) {
  return <p>{useAfterEdit(value)}</p>;
}

async function mount(value: string) {
  const host = document.createElement('div');
  const root = createRoot(host);
  await act(() => root.render(<Shown value={value} />));
  return {
    text: () => host.textContent,
    show: (next: string) => act(() => root.render(<Shown value={next} />)),
    unmount: () => act(() => root.unmount()),
  };
}

/** Paints a frame, then runs the tasks queued meanwhile (timers set in the frame run after it). */
async function paintFrame(): Promise<void> {
  await act(async () => {
    frames.splice(0).forEach((callback) => callback());
    await vi.advanceTimersByTimeAsync(0);
  });
}

/** A write sent through the window's tracking, whose answer the test lets go. */
function write(): { answer: () => Promise<void> } {
  let resolve: (envelope: Envelope) => void = () => undefined;
  const invoke: Invoke = () => new Promise<Envelope>((r) => (resolve = r));
  const call = trackSaves(invoke, (callback) => void frames.push(callback))('deleteSpan', {});
  return {
    answer: () =>
      act(async () => {
        resolve({ ok: true, result: null });
        await call;
      }),
  };
}

describe('useAfterEdit', () => {
  beforeEach(() => {
    frames = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      if (id > 0) frames[id - 1] = () => undefined;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows a change at once when no edit is on its way (a span selected by Tab)', async () => {
    const shown = await mount('a');
    await shown.show('b');
    expect(shown.text()).toBe('b');
    await shown.unmount();
  });

  it('shows a change that comes with an edit once its answer is painted', async () => {
    const shown = await mount('a');
    const saving = write();
    await shown.show('b');
    expect(shown.text()).toBe('a');
    await paintFrame();
    await paintFrame();
    expect(shown.text()).toBe('a');
    await saving.answer();
    expect(shown.text()).toBe('a'); // the answer's frame shows the edit and "Saved" alone
    await paintFrame();
    expect(shown.text()).toBe('b');
    await shown.unmount();
  });

  it('shows the last of changes in a row, and a slow write holds it back 200 ms at most', async () => {
    const shown = await mount('a');
    const slow = write(); // not answered within the test's 200 ms
    await shown.show('b');
    await shown.show('c');
    await act(async () => void (await vi.advanceTimersByTimeAsync(199)));
    await paintFrame();
    expect(shown.text()).toBe('a');
    await act(async () => void (await vi.advanceTimersByTimeAsync(1)));
    await paintFrame();
    expect(shown.text()).toBe('c');
    await slow.answer();
    await paintFrame();
    await shown.unmount();
  });
});
