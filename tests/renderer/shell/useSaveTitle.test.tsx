// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope, Invoke } from '../../../src/shared/contract';
import { trackSaves } from '../../../src/renderer/src/saveState';
import { useSaveTitle } from '../../../src/renderer/src/features/shell/hooks/useSaveTitle';

function Title() {
  useSaveTitle('news', false);
  return null;
}

/** The title as it was written, in order (each write, not only the last). */
function watchTitle(): string[] {
  const written: string[] = [];
  let current = document.title;
  Object.defineProperty(document, 'title', {
    configurable: true,
    get: () => current,
    set: (value: string) => void written.push((current = value)),
  });
  return written;
}

describe('useSaveTitle', () => {
  let answers: ((envelope: Envelope) => void)[];
  let write: Invoke;
  beforeEach(() => {
    vi.useFakeTimers();
    answers = [];
    const invoke: Invoke = () => new Promise<Envelope>((resolve) => answers.push(resolve));
    write = trackSaves(invoke, (frame) => void setTimeout(frame, 16));
  });
  afterEach(() => vi.useRealTimers());

  it('writes nothing for a save answered within a few frames, and "Saving…" for a slow one', async () => {
    const written = watchTitle();
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(createElement(Title)));
    await vi.advanceTimersByTimeAsync(100);
    expect(written).toEqual(['news — Saved — Loupe']);

    // Answered after 40 ms: the badge said "Saving…" for a moment, the title never did.
    const quick = write('addSpan', {});
    await vi.advanceTimersByTimeAsync(40);
    await act(async () => answers.shift()?.({ ok: true, result: null }));
    await quick;
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual(['news — Saved — Loupe']);

    // Answered after 2 s: "Saving…" is in the title from 300 ms, then "Saved".
    const slow = write('addSpan', {});
    await vi.advanceTimersByTimeAsync(299);
    expect(written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1701);
    expect(written.at(-1)).toBe('news — Saving… — Loupe');
    await act(async () => answers.shift()?.({ ok: true, result: null }));
    await slow;
    await vi.advanceTimersByTimeAsync(100);
    expect(written).toEqual([
      'news — Saved — Loupe',
      'news — Saving… — Loupe',
      'news — Saved — Loupe',
    ]);
    root.unmount();
  });

  it('writes "Not saved" at once', async () => {
    const written = watchTitle();
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(createElement(Title)));
    const failed = write('addSpan', {});
    await vi.advanceTimersByTimeAsync(20);
    await act(async () =>
      answers.shift()?.({ ok: false, error: { code: 'io', message: 'disk full' } }),
    );
    await failed;
    await act(async () => undefined);
    expect(written.at(-1)).toBe('news — Not saved — Loupe');
    root.unmount();
  });
});
