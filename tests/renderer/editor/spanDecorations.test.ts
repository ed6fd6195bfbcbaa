// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Text from '@tiptap/extension-text';
import { afterEach, describe, expect, it } from 'vitest';
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
});
