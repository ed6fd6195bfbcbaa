import { paragraphsOf, type HeldSelection, type TextPoint } from './heldSelection';

function domPoint(reading: Element, point: TextPoint): { node: Node; offset: number } | null {
  const paragraph = paragraphsOf(reading)[point.paragraph];
  if (!paragraph) return null;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let left = point.offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (left <= length) return { node, offset: left };
    left -= length;
  }
  return left === 0 ? { node: paragraph, offset: 0 } : null;
}

/** Selects `held` again in `reading`; true when the very same text is selected. */
export function selectAgain(reading: Element, held: HeldSelection): boolean {
  const anchor = domPoint(reading, held.anchor);
  const focus = domPoint(reading, held.focus);
  const selection = document.getSelection();
  if (!anchor || !focus || !selection) return false;
  selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  return selection.toString() === held.text;
}
