import { Fragment, type Node as PmNode } from '@tiptap/pm/model';
import type { Decoration, DecorationSet } from '@tiptap/pm/view';

/** Decorations handed to one `DecorationSet.add`: few enough that its scan stays short. */
const GROUP_DECORATIONS = 1000;

/** Top-level nodes `[from, to)` of a document, the position the first starts at, and the decorations starting in them. */
interface Group {
  readonly from: number;
  to: number;
  readonly start: number;
  readonly decorations: Decoration[];
}

function byFrom(a: Decoration, b: Decoration): number {
  return a.from - b.from || a.to - b.to;
}

/** Decorations in document order, grouped by the top-level nodes they start in; a group ends at a node's end. */
function groupsOf(doc: PmNode, sorted: readonly Decoration[]): Group[] {
  const groups: Group[] = [];
  let group: Group | null = null;
  let at = 0;
  let offset = 0;
  for (let index = 0; index < doc.childCount && at < sorted.length; index++) {
    const end = offset + doc.child(index).nodeSize;
    if ((sorted[at]?.from ?? end) < end) {
      if (!group || group.decorations.length >= GROUP_DECORATIONS) {
        group = { from: index, to: index, start: offset, decorations: [] };
        groups.push(group);
      }
      // One that ends past this node stays on the document, as ProseMirror's own add keeps it.
      for (let d = sorted[at]; d && d.from < end; d = sorted[++at]) group.decorations.push(d);
      group.to = index + 1;
    }
    offset = end;
  }
  return groups;
}

/** `decorations` in document order (the same array when they already are). */
export function inDocumentOrder(decorations: readonly Decoration[]): readonly Decoration[] {
  return isSorted(decorations) ? decorations : [...decorations].sort(byFrom);
}

function isSorted(decorations: readonly Decoration[]): boolean {
  for (let i = 1; i < decorations.length; i++) {
    const a = decorations[i - 1];
    const b = decorations[i];
    if (a && b && byFrom(a, b) > 0) return false;
  }
  return true;
}

/**
 * `set` with `decorations` added, as `set.add(doc, decorations)` makes it, in time that grows
 * with the decorations rather than with decorations × paragraphs.
 *
 * ProseMirror's `add` and `create` give each top-level node its decorations by scanning all of
 * them once per node: 220,000 decorations on a document of 18,000 paragraphs are four billion
 * steps. Here each group of about a thousand decorations is added with a stand-in document:
 * one paragraph of filler as long as everything before the group, then the group's own
 * paragraphs (the same nodes), so positions are unchanged and `add` scans a few dozen nodes.
 */
export function addDecorations(
  set: DecorationSet,
  doc: PmNode,
  decorations: readonly Decoration[],
): DecorationSet {
  const steps = addDecorationSteps(set, doc, decorations);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * {@link addDecorations} one group of about a thousand decorations at a time: yields the set
 * after each group (a few milliseconds of work) and returns the whole set, so a caller can
 * let input in between groups.
 */
export function* addDecorationSteps(
  set: DecorationSet,
  doc: PmNode,
  decorations: readonly Decoration[],
): Generator<DecorationSet, DecorationSet> {
  if (decorations.length === 0) return set;
  const first = doc.firstChild;
  if (!first || decorations.length <= GROUP_DECORATIONS) return set.add(doc, [...decorations]);
  const sorted = isSorted(decorations) ? decorations : [...decorations].sort(byFrom);
  const groups = groupsOf(doc, sorted);
  const lastGroup = groups.at(-1);
  // One string as long as the longest filler; each filler is a slice of it (no copy).
  const filler = 'x'.repeat(Math.max(0, (lastGroup?.start ?? 0) - 2));
  let next = set;
  for (const group of groups) {
    const nodes: PmNode[] = [];
    for (let i = group.from; i < group.to; i++) nodes.push(doc.child(i));
    if (group.start > 0) {
      const text =
        group.start > 2 ? first.type.schema.text(filler.slice(0, group.start - 2)) : null;
      nodes.unshift(first.type.create(null, text));
    }
    next = next.add(doc.copy(Fragment.fromArray(nodes)), group.decorations);
    if (group !== lastGroup) yield next;
  }
  return next;
}
