// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Text from '@tiptap/extension-text';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultLabelStyles } from '../../../src/shared/model';
import { fragmentOf } from '../../../src/shared/spans';
import { createPositionMap, toEditorContent } from '../../../src/renderer/src/editor/positions';
import { ReadingParagraph } from '../../../src/renderer/src/editor/readingParagraph';
import {
  SpanDecorations,
  spanDecorationsKey,
  firstDrawing,
  type FirstDrawing,
  type FirstPaint,
} from '../../../src/renderer/src/editor/spanDecorations';
import { span } from '../../helpers/span';

const TEXT = 'Mike Pompeo met Adel Abdul-Mahdi.\nBaghdad asked for a plan.';

function editorWith(first: FirstDrawing | null): Editor {
  const positions = createPositionMap(TEXT);
  return new Editor({
    element: document.createElement('div'),
    extensions: [Document, ReadingParagraph, Text, SpanDecorations.configure({ first })],
    content: toEditorContent(positions.lines),
    editorProps: first ? { decorations: first.decorations } : {},
  });
}

function firstPaint(): FirstPaint {
  const positions = createPositionMap(TEXT);
  return {
    spans: {
      spans: [span(0, 11, 'PERSON', 's1'), span(16, 32, 'PERSON', 's2'), span(34, 41, 'GPE', 's3')],
      styles: defaultLabelStyles(),
      positions,
      selectedId: 's2',
      unsaved: new Set(),
    },
    overlay: { positions, pending: fragmentOf(52, 58), ghosts: [] },
  };
}

/** `count` copies of `line`, one per paragraph, with three spans of 11 characters on each (GPE and PERSON in turn). */
function linesWithSpans(line: string, count: number) {
  const text = Array.from({ length: count }, () => line).join('\n');
  const stride = line.length + 1;
  const spans = Array.from({ length: count * 3 }, (_, i) => {
    const at = Math.floor(i / 3) * stride + (i % 3) * 20;
    return span(at, at + 11, i % 2 ? 'PERSON' : 'GPE', `s${i}`);
  });
  return { text, positions: createPositionMap(text), spans };
}

describe('SpanDecorations', () => {
  let editor: Editor | undefined;
  afterEach(() => editor?.destroy());

  it('draws the first paint with the text: spans, selection and overlay, no transaction needed', () => {
    const first = firstPaint();
    const drawing = firstDrawing(first);
    editor = editorWith(drawing);
    const dom = editor.view.dom;
    const drawn = [...dom.querySelectorAll('.lp-span')].map((e) => [
      e.textContent,
      e.getAttribute('data-span-id'),
    ]);
    expect(drawn).toEqual([
      ['Mike Pompeo', 's1'],
      ['Adel Abdul-Mahdi', 's2'],
      ['Baghdad', 's3'],
    ]);
    expect(dom.querySelector('.lp-span--selected')?.getAttribute('data-span-id')).toBe('s2');
    expect(dom.querySelector('.lp-pending')?.textContent).toBe('a plan');
    expect(dom.getAttribute('data-spans')).toBe('drawn');
    // The layer remembers what it drew, so the same paint dispatched again changes nothing.
    expect(spanDecorationsKey.getState(editor.state)?.paint).toBe(first.spans);
    // The plugin starts from the set the view's first render drew, and the prop steps aside.
    expect(spanDecorationsKey.getState(editor.state)?.set).toBe(
      drawing.layer(editor.state.doc).set,
    );
    expect(drawing.decorations(editor.state)).toBeNull();
  });

  it('starts empty without a first paint', () => {
    editor = editorWith(null);
    expect(editor.view.dom.querySelectorAll('.lp-span')).toHaveLength(0);
    expect(spanDecorationsKey.getState(editor.state)?.paint).toBeNull();
  });

  it('draws a layer of a few thousand spans whole in the first render', () => {
    const line = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad.';
    const text = Array.from({ length: 2000 }, () => line).join('\n');
    const positions = createPositionMap(text);
    const stride = line.length + 1;
    const spans = Array.from({ length: 4000 }, (_, i) =>
      span(
        Math.floor(i / 2) * stride + (i % 2) * 16,
        Math.floor(i / 2) * stride + (i % 2) * 16 + 4,
        'PERSON',
        `s${i}`,
      ),
    );
    const styles = defaultLabelStyles();
    const first = firstDrawing({
      spans: { spans, styles, positions, selectedId: null, unsaved: new Set() },
      overlay: { positions, pending: null, ghosts: [] },
    });
    editor = new Editor({
      element: document.createElement('div'),
      extensions: [Document, ReadingParagraph, Text, SpanDecorations.configure({ first })],
      content: toEditorContent(positions.lines),
      editorProps: { decorations: first.decorations },
    });
    expect(editor.view.dom.getAttribute('data-spans')).toBe('drawn');
    expect(editor.view.dom.querySelectorAll('.lp-span')).toHaveLength(4000);
  });

  it('draws a large layer near the reader first, the rest later, and a new paint meanwhile wins', async () => {
    const { text, positions, spans } = linesWithSpans(
      'Mike Pompeo met Adel Abdul-Mahdi in Baghdad and asked for a plan of withdrawal.',
      2000,
    );
    const paint = (shown: typeof spans) => ({
      spans: shown,
      styles: defaultLabelStyles(),
      positions,
      selectedId: null,
      unsaved: new Set<string>(),
    });
    // Drawn at once up to 3,000 spans (the app's first render draws more: FIRST_EAGER_SPANS).
    const first = firstDrawing(
      { spans: paint(spans), overlay: { positions, pending: null, ghosts: [] } },
      3000,
    );
    editor = new Editor({
      element: document.createElement('div'),
      // Regions of 1,000 spans: the rest is shown in several redraws.
      extensions: [
        Document,
        ReadingParagraph,
        Text,
        SpanDecorations.configure({ first, region: 1000 }),
      ],
      content: toEditorContent(positions.lines),
      editorProps: { decorations: first.decorations },
    });
    const dom = editor.view.dom;
    const shown: number[] = [];
    const watch = new MutationObserver(() => shown.push(ids()));
    watch.observe(dom, { childList: true, subtree: true });
    const ids = (): number =>
      new Set([...dom.querySelectorAll('.lp-span')].map((e) => e.getAttribute('data-span-id')))
        .size;
    expect(dom.getAttribute('data-spans')).toBe('drawing');
    expect(ids()).toBeGreaterThan(0);
    expect(ids()).toBeLessThan(6000);
    await vi.waitFor(() => expect(dom.getAttribute('data-spans')).toBe('drawn'), {
      timeout: 20_000,
    });
    expect(ids()).toBe(6000);
    // Shown region by region: counts in between, each larger than the one before.
    const counts = [...new Set(shown)];
    expect(counts.length).toBeGreaterThan(2);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    watch.disconnect();
    // New paints while the rest is drawn: what ends on screen is the last paint, whole.
    const view = editor.view;
    const repaint = (count: number): void =>
      view.dispatch(
        view.state.tr.setMeta(spanDecorationsKey, {
          paint: { ...paint(spans.slice(0, count)), positions: createPositionMap(text) },
          anchor: () => 1,
        }),
      );
    repaint(5000);
    expect(dom.getAttribute('data-spans')).toBe('drawing');
    await new Promise((resolve) => setTimeout(resolve, 20));
    repaint(4000);
    await vi.waitFor(() => expect(dom.getAttribute('data-spans')).toBe('drawn'), {
      timeout: 20_000,
    });
    expect(ids()).toBe(4000);
  }, 60_000);

  it('shows the rest of a large layer a few thousand spans per redraw by default', async () => {
    const { positions, spans } = linesWithSpans(
      'Mike Pompeo met Adel Abdul-Mahdi in Baghdad and asked for a plan.',
      3000,
    );
    const styles = defaultLabelStyles();
    const first = firstDrawing(
      {
        spans: { spans, styles, positions, selectedId: null, unsaved: new Set() },
        overlay: { positions, pending: null, ghosts: [] },
      },
      3000,
    );
    const view = new Editor({
      element: document.createElement('div'),
      extensions: [Document, ReadingParagraph, Text, SpanDecorations.configure({ first })],
      content: toEditorContent(positions.lines),
      editorProps: { decorations: first.decorations },
    });
    editor = view;
    const drawn = (): number => spanDecorationsKey.getState(view.state)?.set.find().length ?? 0;
    const counts = [drawn()];
    view.on('transaction', () => counts.push(drawn()));
    await vi.waitFor(() => expect(view.view.dom.getAttribute('data-spans')).toBe('drawn'), {
      timeout: 30_000,
    });
    expect(counts.at(-1)).toBe(9000);
    const steps = counts.slice(1).map((n, i) => n - (counts[i] ?? 0));
    expect(steps.length).toBeGreaterThan(1);
    expect(Math.max(...steps)).toBeLessThanOrEqual(4000);
  }, 60_000);
});
