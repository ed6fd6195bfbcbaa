import type { Decoration } from '@tiptap/pm/view';

function byFrom(a: Decoration, b: Decoration): number {
  return a.from - b.from || a.to - b.to;
}

function isSorted(decorations: readonly Decoration[]): boolean {
  for (let i = 1; i < decorations.length; i++) {
    const a = decorations[i - 1];
    const b = decorations[i];
    if (a && b && byFrom(a, b) > 0) return false;
  }
  return true;
}

/** `decorations` in document order (the same array when they already are). */
export function inDocumentOrder(decorations: readonly Decoration[]): readonly Decoration[] {
  return isSorted(decorations) ? decorations : [...decorations].sort(byFrom);
}
