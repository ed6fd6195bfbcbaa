import { isRecord } from '../../collections';
import { codePoints, type Fragment } from '../../spans';
import type { FormatSpan, JsonValue, Tally } from '../common';
import { nodeAt, nodeIndex, type HyperTextLayout, type HyperTextNode } from './hyperText';

/**
 * A span's region values on a HyperText task's HTML, one per fragment, as Label Studio writes
 * them (RichTextRegion.serialize): the XPaths of the text nodes where it starts and ends with
 * offsets in UTF-16 units within them (domManager's globalOffsetsToRelativeOffsets: the node
 * holding the first character, the node holding the last), `globalOffsets` in code points of
 * the text, and the covered `text`. Label Studio finds a region by its XPaths first, by
 * `globalOffsets` when they name no node. An edge on a `<br>` (a character of the text, no text
 * node's) moves to the text beside it, counted in `tally`. The value the region came with
 * (`kept`) goes back as it was while the span still covers what it covered.
 * @example hyperTextRegionValues(hyperTextLayout('html', '<p>IBM</p>', 'hypertextlabels'), span, tally, undefined) → [{ start: '/p[1]/text()[1]', startOffset: 0, end: '/p[1]/text()[1]', endOffset: 3, globalOffsets: { start: 0, end: 3 }, text: 'IBM' }]
 */
export function hyperTextRegionValues(
  layout: HyperTextLayout,
  span: Pick<FormatSpan, 'fragments' | 'label'>,
  tally: Tally,
  kept: JsonValue | undefined,
): Record<string, unknown>[] {
  const values = span.fragments.flatMap((f) => {
    const value = valueOf(layout, f, tally);
    return value ? [value] : [];
  });
  const [only] = values;
  if (
    values.length === 1 &&
    only &&
    isRecord(kept) &&
    sameRegion(kept, only, layout.type, span.label)
  )
    return [kept];
  return values;
}

function valueOf(
  layout: HyperTextLayout,
  f: Fragment,
  tally: Tally,
): Record<string, unknown> | undefined {
  let [start, end] = [f.start, f.end];
  while (start < end && layout.breaks.has(start)) start++;
  while (end > start && layout.breaks.has(end - 1)) end--;
  if (start === end) {
    tally.add('span over <br> line breaks only (no text of the HTML), not written');
    return undefined;
  }
  if (start !== f.start || end !== f.end)
    tally.add('span edge on a <br> line break moved to the HTML text beside it');
  const first = nodeAt(layout, start);
  const last = nodeAt(layout, end - 1);
  if (!first || !last) throw new Error('every character of the text is a text node’s or a <br>');
  const { index, text } = layout;
  return {
    start: first.path,
    startOffset: offsetIn(first, start),
    end: last.path,
    endOffset: offsetIn(last, end),
    globalOffsets: { start, end },
    text: text.slice(index.toUtf16(codePoints(start)), index.toUtf16(codePoints(end))),
  };
}

/** A point of the text as an offset in a text node, in UTF-16 units (as the browser's Range counts). */
function offsetIn(node: HyperTextNode, at: number): number {
  return nodeIndex(node).toUtf16(codePoints(at - node.start));
}

/** Whether a kept region value has the same label and place as a fresh one (by its globalOffsets, else by its XPaths). */
function sameRegion(
  kept: Record<string, JsonValue>,
  fresh: Record<string, unknown>,
  type: string,
  label: string,
): boolean {
  const labels = kept[type];
  if (!Array.isArray(labels) || labels.length !== 1 || labels[0] !== label) return false;
  const [a, b] = [kept.globalOffsets, fresh.globalOffsets];
  if (isRecord(a)) return isRecord(b) && a.start === b.start && a.end === b.end;
  return ['start', 'end', 'startOffset', 'endOffset'].every((k) => kept[k] === fresh[k]);
}
