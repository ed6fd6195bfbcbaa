/** A point in the reading view's text: a paragraph's index and a UTF-16 offset into its text. */
export interface TextPoint {
  readonly paragraph: number;
  readonly offset: number;
}

/** Text selected in the reading view, told by where it is in the text, so another DOM of the same text can select it again. */
export interface HeldSelection {
  readonly anchor: TextPoint;
  readonly focus: TextPoint;
  /** What was selected, to check the same text is selected again. */
  readonly text: string;
}

/** The reading view's paragraphs, in order (the first screen's and the app's are laid out alike). */
export function paragraphsOf(reading: Element): Element[] {
  return Array.from(reading.querySelectorAll(':scope > p'));
}

function pointOf(reading: Element, node: Node, offset: number): TextPoint | null {
  const paragraph = (node instanceof Element ? node : node.parentElement)?.closest('p');
  if (!paragraph || paragraph.parentElement !== reading) return null;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return { paragraph: paragraphsOf(reading).indexOf(paragraph), offset: before.toString().length };
}

/** The text selected now in `reading` (the `.ProseMirror` root of the first screen or the app), or null. */
export function heldSelectionIn(reading: Element): HeldSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode)
    return null;
  const anchor = pointOf(reading, selection.anchorNode, selection.anchorOffset);
  const focus = pointOf(reading, selection.focusNode, selection.focusOffset);
  return anchor && focus ? { anchor, focus, text: selection.toString() } : null;
}
