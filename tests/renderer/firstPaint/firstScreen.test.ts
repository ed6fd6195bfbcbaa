// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Text from '@tiptap/extension-text';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLabelStyles, type Span } from '../../../src/shared/model';
import { fragmentOf } from '../../../src/shared/spans';
import { createPositionMap, toEditorContent } from '../../../src/renderer/src/editor/positions';
import { ReadingParagraph } from '../../../src/renderer/src/editor/readingParagraph';
import { firstDrawing, SpanDecorations } from '../../../src/renderer/src/editor/spanDecorations';
import {
  takeFirstScreen,
  type FirstPreview,
} from '../../../src/renderer/src/firstPaint/firstScreen';
import { keysBeforeApp } from '../../../src/renderer/src/firstPaint/keysBeforeApp';
import { firstScreenHtml, type FirstScreenContent } from '../../../src/shared/firstScreen';
import { span } from '../../helpers/span';

const TEXT = 'Mike Pompeo met <b>Adel</b> Abdul-Mahdi.\r\n\nBaghdad asked 👍 for a plan.';
const SPANS = [
  span(0, 11, 'PERSON', 's1'),
  span(5, 11, 'PERSON', 's2'),
  span(16, 30, 'PERSON', 's3'),
  span(44, 51, 'GPE', 's4'),
  span(58, 61, 'GPE', 's5'),
];

function content(text = TEXT, spans: readonly Span[] = SPANS): FirstScreenContent {
  return {
    projectName: 'Demo',
    title: 'Mike Pompeo met',
    fileName: 'a.txt',
    text,
    spans,
    stanceCount: 1,
    done: false,
    labels: [{ name: 'PERSON' }, { name: 'GPE' }],
    styles: defaultLabelStyles(),
  };
}

/** The reading view's editor as ReadingView builds it, drawing the same spans. */
function readingViewEditor(text = TEXT, spans: readonly Span[] = SPANS): Editor {
  const positions = createPositionMap(text);
  const first = firstDrawing({
    spans: {
      spans,
      styles: defaultLabelStyles(),
      positions,
      selectedId: null,
      unsaved: new Set(),
    },
    overlay: { positions, pending: null, ghosts: [] },
  });
  return new Editor({
    element: document.createElement('div'),
    extensions: [Document, ReadingParagraph, Text, SpanDecorations.configure({ first })],
    content: toEditorContent(positions.lines),
    editorProps: { decorations: first.decorations },
  });
}

/** Previews painted by a test, handed over after it (each listens to the window's keys). */
const painted: FirstPreview[] = [];

/** The page as the loopback host writes it, parsed by the browser, its first screen taken. */
function paintPreview(root: HTMLElement, shown: FirstScreenContent): FirstPreview {
  root.innerHTML = firstScreenHtml(shown);
  const preview = takeFirstScreen(root);
  if (!preview) throw new Error('no first screen in the page');
  painted.push(preview);
  return preview;
}

describe('the first screen written by the host', () => {
  let editor: Editor | undefined;
  afterEach(() => {
    editor?.destroy();
    for (const preview of painted.splice(0)) preview.handOver(() => undefined);
    keysBeforeApp.release();
    document.body.replaceChildren();
  });

  it('lays the text and spans out as the reading view does, read-only', () => {
    const root = document.createElement('div');
    document.body.append(root);
    paintPreview(root, content());
    editor = readingViewEditor();
    const preview = root.querySelector('.lp-reading .ProseMirror') as HTMLElement;
    expect(preview.innerHTML).toBe(editor.view.dom.innerHTML);
    expect(preview.getAttribute('contenteditable')).toBe('false');
    expect(preview.getAttribute('data-spans')).toBe('drawn');
    // Document text is text, never markup.
    expect(preview.querySelector('b')).toBeNull();
    expect(preview.textContent).toContain('<b>Adel</b>');
  });

  it('nests many overlapping, multi-fragment and line-crossing spans as ProseMirror does', () => {
    // A fixed pseudo-random draw (a linear congruential generator), the same on every run.
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = 'Alpha beta gamma.\nDelta 👍 epsilon\r\n\nzeta eta theta iota.\rKappa lambda mu.';
    const length = [...text].length;
    const spans: Span[] = [];
    for (let i = 0; i < 60; i++) {
      const start = next(length - 1);
      const end = Math.min(length, start + 1 + next(i % 7 === 0 ? 30 : 8));
      const label = i % 3 ? 'PERSON' : 'GPE';
      const more =
        i % 5 === 0 && end + 3 < length
          ? { fragments: [fragmentOf(start, end), fragmentOf(end + 2, end + 3)] }
          : {};
      spans.push(span(start, end, label, `r${i}`, more));
    }
    const root = document.createElement('div');
    paintPreview(root, content(text, spans));
    editor = readingViewEditor(text, spans);
    const preview = root.querySelector('.lp-reading .ProseMirror') as HTMLElement;
    expect(preview.querySelectorAll('.lp-span').length).toBeGreaterThan(60);
    expect(preview.innerHTML).toBe(editor.view.dom.innerHTML);
  });

  it('draws the frame the app draws: toolbar counts and title, legend with counts', () => {
    const root = document.createElement('div');
    paintPreview(root, content());
    expect(root.querySelector('.lp-doc-title')?.textContent).toBe('Mike Pompeo met');
    expect(root.querySelector('.lp-toolbar .lp-muted:not(.lp-doc-file)')?.textContent).toBe(
      '5 spans · 1 stance',
    );
    const chips = [...root.querySelectorAll('.lp-legend li')].map((li) => li.textContent);
    expect(chips).toEqual(['1PERSON3', '3GPE2']);
  });

  it('holds keys the app replays, refuses the others with a note, until the app takes them', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const preview = paintPreview(root, content());
    const press = (init: KeyboardEventInit): boolean =>
      window.dispatchEvent(new KeyboardEvent('keydown', { ...init, cancelable: true }));
    const note = (): string | null | undefined =>
      root.querySelector('[role="status"]')?.textContent;
    expect(press({ key: 'ArrowDown' })).toBe(true);
    expect(press({ key: 'c', ctrlKey: true })).toBe(true);
    expect(press({ key: 'z', ctrlKey: true })).toBe(false);
    expect(note()).toBe(
      'Loupe is still opening: Ctrl+Z was not applied. Press it again in a moment.',
    );
    expect(press({ key: 'f', ctrlKey: true })).toBe(false);
    expect(note()).toBe('Loupe is still opening: Ctrl+F will act once it is ready.');
    // A label key with no text selected would act on nothing the user sees: refused.
    expect(press({ key: '1' })).toBe(false);
    expect(note()).toContain('1 was not applied');
    // With text selected, the legend's label key waits for the app, with the selection.
    const words = root.querySelector('.lp-reading .ProseMirror p') as HTMLElement;
    const text = words.firstChild?.firstChild as Text;
    document.getSelection()?.setBaseAndExtent(text, 0, text, 4);
    expect(press({ key: '1' })).toBe(false);
    let rendered = false;
    painted.splice(painted.indexOf(preview), 1);
    const selected = preview.handOver(() => {
      rendered = true;
    });
    expect(rendered).toBe(true);
    expect(selected).toEqual({
      anchor: { paragraph: 0, offset: 0 },
      focus: { paragraph: 0, offset: 4 },
      text: 'Mike',
    });
    const { held, refused } = keysBeforeApp.release();
    expect(refused).toEqual(['Ctrl+Z', '1']);
    expect(held.map((key) => key.key)).toEqual(['f', '1']);
    expect(held[1]?.selection?.text).toBe('Mike');
    expect(press({ key: 'z', ctrlKey: true })).toBe(true);
  });

  it('holds every key on "Loading Loupe…" (no first screen), for the name field or the app', () => {
    const root = document.createElement('div');
    root.innerHTML = '<div class="lp-loading">Loading Loupe…</div>';
    expect(takeFirstScreen(root)).toBeNull();
    for (const key of ['a', 'm', 'x', 'Backspace', 'i', 'Enter'])
      expect(window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }))).toBe(
        false,
      );
    expect(keysBeforeApp.takeTyped()).toEqual({ text: 'ami', notApplied: ['Enter'] });
    expect(window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', cancelable: true }))).toBe(
      true,
    );
  });
});
