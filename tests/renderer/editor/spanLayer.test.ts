import { getSchema } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Text from '@tiptap/extension-text';
import type { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { defaultLabelStyles } from '../../../src/shared/model';
import { createPositionMap, toEditorContent } from '../../../src/renderer/src/editor/positions';
import { ReadingParagraph } from '../../../src/renderer/src/editor/readingParagraph';
import {
  buildSpanLayer,
  updateSpanLayer,
  type SpanPaint,
} from '../../../src/renderer/src/editor/spanLayer';
import { pmPosition } from '../../../src/renderer/src/editor/positions';
import { span } from '../../helpers/span';

const PARAGRAPHS = 3000;
const LINE = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad.';
const text = Array.from({ length: PARAGRAPHS }, () => LINE).join('\n');
const positions = createPositionMap(text);
const schema = getSchema([Document, ReadingParagraph, Text]);
const doc: PmNode = schema.nodeFromJSON(toEditorContent(positions.lines));
const stride = LINE.length + 1;

function paint(spans: SpanPaint['spans']): SpanPaint {
  return { spans, styles: defaultLabelStyles(), positions, selectedId: null, unsaved: new Set() };
}

/**
 * Entries of the set's list of paragraphs read while the view asks it for every paragraph's
 * decorations (`forChild`, once per paragraph at each redraw), as the view does after an edit.
 */
function entriesReadByRedraw(set: object): number {
  let reads = 0;
  const holder = set as { children: unknown[] };
  const counted = new Proxy(holder.children, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  Object.defineProperty(set, 'children', { value: counted });
  const source = set as { forChild(offset: number, child: PmNode): unknown };
  doc.forEach((child, offset) => source.forChild(offset, child));
  return reads;
}

describe('span layer', () => {
  it('answers the redraw after an edit in a few steps per paragraph, not a scan of all of them', () => {
    const spans = Array.from({ length: PARAGRAPHS }, (_, i) =>
      span(i * stride, i * stride + 11, 'PERSON', `s${i}`),
    );
    const layer = buildSpanLayer(paint(spans), doc, pmPosition(0), PARAGRAPHS);
    const added = span(PARAGRAPHS * stride - 20, PARAGRAPHS * stride - 13, 'GPE', 'new');
    const edited = updateSpanLayer(layer, paint([...spans, added]), doc, () => pmPosition(0));
    // Binary search: about log2(3,000) ≈ 12 per paragraph; a scan from the start, 4.5 million.
    expect(entriesReadByRedraw(edited.set)).toBeLessThan(PARAGRAPHS * 20);
  });
});
