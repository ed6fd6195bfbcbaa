// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ReadingView, type ReadingViewProps } from '../../../src/renderer/src/editor';

const quiet = { onSelect: () => {}, onSpanClick: () => {}, onGhostClick: () => {} };

function props(text: string, focusRequest: number): ReadingViewProps {
  const cursor = { range: null, focusRequest };
  return {
    text,
    spans: [],
    styles: {},
    selectedId: null,
    pending: null,
    ghosts: [],
    cursor,
    ...quiet,
  };
}

/** The text of what has the keyboard, when it is the document text; else where the keyboard is. */
function keyboardIn(): string {
  const active = document.activeElement;
  if (active?.getAttribute('aria-label') !== 'Document text') return active?.tagName ?? 'none';
  return active.textContent ?? '';
}

describe('the reading view and the keyboard', () => {
  it('keeps the keyboard when a new text and a focus request come in the same render', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(() => root.render(<ReadingView {...props('The first text.', 1)} />));
    expect(keyboardIn()).toBe('The first text.');
    // Done and next: the next document's text and the request for the keyboard arrive together,
    // so the old editor serves the request before the new one exists.
    await act(() => root.render(<ReadingView {...props('The next text.', 2)} />));
    expect(keyboardIn()).toBe('The next text.');
    await act(() => root.unmount());
  });

  it('leaves the keyboard where it is when a new text comes while another control has it', async () => {
    const host = document.createElement('div');
    const button = document.createElement('button');
    document.body.append(host, button);
    const root = createRoot(host);
    await act(() => root.render(<ReadingView {...props('The first text.', 0)} />));
    button.focus();
    await act(() => root.render(<ReadingView {...props('The next text.', 0)} />));
    expect(document.activeElement).toBe(button);
    await act(() => root.unmount());
  });
});
