import type { Node as PmNode } from '@tiptap/pm/model';
import type { Mapping } from '@tiptap/pm/transform';
import { DecorationSet, type Decoration, type DecorationSource } from '@tiptap/pm/view';
import { lastAtOrBelow } from '../../../shared/collections';

const none: readonly Decoration[] = [];

/** Where each top-level node of a document starts, and its end last: made once per document. */
const childStartsOf = new WeakMap<PmNode, readonly number[]>();

function childStarts(doc: PmNode): readonly number[] {
  let starts = childStartsOf.get(doc);
  if (!starts) {
    const made: number[] = [];
    doc.forEach((_, offset) => made.push(offset));
    made.push(doc.content.size);
    starts = made;
    childStartsOf.set(doc, starts);
  }
  return starts;
}

/** ProseMirror's own copy of a decoration at other positions, keeping its type (internal in its types; `DecorationSet.forChild` cuts with it). */
interface Copyable {
  copy(from: number, to: number): Decoration;
}

function isCopyable(decoration: object): decoration is Copyable {
  return 'copy' in decoration && typeof decoration.copy === 'function';
}

function moved(decoration: Decoration, from: number, to: number): Decoration {
  if (!isCopyable(decoration)) throw new TypeError('a decoration ProseMirror cannot copy');
  return decoration.copy(from, to);
}

/** The part of `decoration` inside a top-level node's content `[start, end)`, relative to `start`; null when none. */
function cut(decoration: Decoration, start: number, end: number): Decoration | null {
  const from = Math.max(start, decoration.from);
  const to = Math.min(end, decoration.to);
  return from < to ? moved(decoration, from - start, to - start) : null;
}

/** A paragraph's piece of a decoration over several paragraphs, and where that decoration starts and ends. */
interface Crossing {
  readonly piece: Decoration;
  readonly from: number;
  readonly to: number;
}

/**
 * A top-level node holding decorations: where it starts and ends, its decorations (relative to
 * its content), and which of them are pieces of decorations over several paragraphs (in the
 * order of those decorations' positions).
 */
interface Child {
  readonly from: number;
  readonly to: number;
  readonly set: DecorationSet;
  readonly crossing: readonly Crossing[];
}

/** Pieces added to one paragraph: those of decorations over several paragraphs apart. */
interface Pieces {
  readonly crossing: Crossing[];
  readonly inside: Decoration[];
}

function sameDecoration(a: Decoration, b: Decoration): boolean {
  return a.from === b.from && a.to === b.to && a.spec === b.spec;
}

function byPosition(a: Crossing, b: Crossing): number {
  return a.from - b.from || a.to - b.to;
}

/**
 * A paragraph's set with `added` put in, in the order ProseMirror's view gets them from a
 * `DecorationSet`: by position; among equals, pieces of decorations over several paragraphs
 * (which it keeps on the document, ordered by their whole extent) before the paragraph's own.
 */
function withPieces(
  node: PmNode,
  own: Child | undefined,
  added: Pieces,
): Omit<Child, 'from' | 'to'> {
  const fresh = added.crossing.sort(byPosition);
  if (!own)
    return {
      set: DecorationSet.create(node, [...fresh.map((c) => c.piece), ...added.inside]),
      crossing: fresh,
    };
  if (own.crossing.length === 0 && fresh.length === 0)
    return { set: own.set.add(node, added.inside), crossing: own.crossing };
  const crossing = [...own.crossing, ...fresh].sort(byPosition);
  const inside = own.set
    .find()
    .filter((d) => !own.crossing.some((c) => sameDecoration(c.piece, d)));
  const pieces = [...crossing.map((c) => c.piece), ...inside, ...added.inside];
  return { set: DecorationSet.create(node, pieces), crossing };
}

/** The pieces of `decorations` per top-level node (by index) of a document whose nodes start at `starts`. */
function piecesOf(
  starts: readonly number[],
  decorations: readonly Decoration[],
): Map<number, Pieces> {
  const pieces = new Map<number, Pieces>();
  for (const decoration of decorations) {
    const first = lastAtOrBelow(starts.length, (i) => starts[i] ?? 0, decoration.from);
    for (let i = Math.max(0, first); i < starts.length - 1; i++) {
      const start = (starts[i] ?? 0) + 1;
      if (start >= decoration.to) break;
      const end = (starts[i + 1] ?? 0) - 1;
      const piece = cut(decoration, start, end);
      if (!piece) continue;
      let list = pieces.get(i);
      if (!list) pieces.set(i, (list = { crossing: [], inside: [] }));
      if (decoration.from >= start && decoration.to <= end) list.inside.push(piece);
      else list.crossing.push({ piece, from: decoration.from, to: decoration.to });
    }
  }
  return pieces;
}

function byFrom(a: Child, b: Child): number {
  return a.from - b.from;
}

/**
 * Inline decorations over a document of top-level text blocks (the reading view's paragraphs),
 * kept per paragraph in position order: the view's `forChild`, asked once per paragraph at
 * every redraw, finds a paragraph's set by binary search, where ProseMirror's `DecorationSet`
 * scans its children from the start (paragraphs² / 2 steps per redraw). Each paragraph's set is
 * ProseMirror's own, built for that paragraph as `DecorationSet` builds it, and unchanged by
 * an edit elsewhere, so the view finds unchanged paragraphs equal at once. A decoration over
 * several paragraphs is kept cut into each, as `DecorationSet.forChild` gives it.
 */
export class IndexedDecorations implements DecorationSource {
  static readonly empty = new IndexedDecorations([]);

  /** Makes the view treat this as one member of a group of sources (`DecorationGroup.from` reads it). */
  readonly members: readonly IndexedDecorations[] = [this];

  private constructor(private readonly children: readonly Child[]) {}

  /** How many paragraphs hold decorations. */
  get size(): number {
    return this.children.length;
  }

  /** A set with `decorations` (inline ones, document positions) added; `doc` is the document they are over. */
  add(doc: PmNode, decorations: readonly Decoration[]): IndexedDecorations {
    if (decorations.length === 0) return this;
    const starts = childStarts(doc);
    const added = [...piecesOf(starts, decorations)].map(([index, pieces]): Child => {
      const from = starts[index] ?? 0;
      const own = this.children[this.indexOf(from)];
      return { from, to: starts[index + 1] ?? 0, ...withPieces(doc.child(index), own, pieces) };
    });
    return this.merged(added.sort(byFrom));
  }

  /**
   * {@link add} in steps of `step` decorations: yields the set after each (a few milliseconds
   * of work) and returns the whole, so a caller can let input in between steps.
   */
  *addSteps(
    doc: PmNode,
    decorations: readonly Decoration[],
    step = 1000,
  ): Generator<IndexedDecorations, IndexedDecorations> {
    let set = this.add(doc, decorations.slice(0, step));
    for (let at = step; at < decorations.length; at += step) {
      yield set;
      set = set.add(doc, decorations.slice(at, at + step));
    }
    return set;
  }

  /** A set without `decorations` (as {@link find} gives them; one over several paragraphs is taken out of each). */
  remove(decorations: readonly Decoration[]): IndexedDecorations {
    const pieces = new Map<number, Decoration[]>();
    for (const decoration of decorations) {
      for (let i = Math.max(0, this.lastStartingAtOrBefore(decoration.from)); ; i++) {
        const child = this.children[i];
        if (!child || child.from >= decoration.to) break;
        const piece = cut(decoration, child.from + 1, child.to - 1);
        if (!piece) continue;
        const list = pieces.get(i);
        if (list) list.push(piece);
        else pieces.set(i, [piece]);
      }
    }
    if (pieces.size === 0) return this;
    const children = [...this.children];
    for (const [index, list] of pieces) {
      const child = this.children[index];
      if (!child) continue;
      const crossing = child.crossing.filter((c) => !list.some((d) => sameDecoration(c.piece, d)));
      children[index] = { ...child, set: child.set.remove(list), crossing };
    }
    return new IndexedDecorations(children.filter((c) => c.set !== DecorationSet.empty));
  }

  /**
   * The decorations touching `[from, to]` whose spec passes `predicate`, at document
   * positions, as `DecorationSet.find` gives them (one over several paragraphs comes once per paragraph).
   */
  find<Spec>(from = 0, to = 1e9, predicate?: (spec: Spec) => boolean): Decoration[] {
    const found: Decoration[] = [];
    for (let i = Math.max(0, this.lastStartingAtOrBefore(from)); ; i++) {
      const child = this.children[i];
      if (!child || child.from > to) break;
      const start = child.from + 1;
      for (const d of child.set.find(from - start, to - start, predicate))
        found.push(moved(d, d.from + start, d.to + start));
    }
    return found;
  }

  /** The decorations moved through a change of the document (the reading view's text does not change: rebuilt whole). */
  map(mapping: Mapping, doc: PmNode): IndexedDecorations {
    if (this.children.length === 0 || mapping.maps.length === 0) return this;
    const mapped: Decoration[] = [];
    for (const d of this.find()) {
      const spec: { inclusiveStart?: boolean; inclusiveEnd?: boolean } = d.spec;
      const from = mapping.map(d.from, spec.inclusiveStart ? -1 : 1);
      const to = mapping.map(d.to, spec.inclusiveEnd ? 1 : -1);
      if (from < to) mapped.push(moved(d, from, to));
    }
    return IndexedDecorations.empty.add(doc, mapped);
  }

  /** The decorations of the top-level node at `offset`: found by binary search. */
  forChild(offset: number, child: PmNode): DecorationSource {
    if (child.isLeaf) return DecorationSet.empty;
    const at = this.indexOf(offset);
    return at < 0 ? DecorationSet.empty : (this.children[at]?.set ?? DecorationSet.empty);
  }

  /** Each paragraph's set, its positions relative to that paragraph's content. */
  forEachSet(f: (set: DecorationSet) => void): void {
    for (const child of this.children) f(child.set);
  }

  // What ProseMirror's view asks of a source besides the public interface (internal in its types).

  /** Equal when every paragraph holds the same set (an edit keeps the sets of paragraphs it leaves alone). */
  eq(other: DecorationSource): boolean {
    if (other === this) return true;
    if (!(other instanceof IndexedDecorations) || other.children.length !== this.children.length)
      return false;
    return this.children.every((c, i) => {
      const o = other.children[i];
      return o !== undefined && o.from === c.from && o.set === c.set;
    });
  }

  /** Decorations of the document node itself: none, each is kept in its paragraphs. */
  locals(): readonly Decoration[] {
    return none;
  }

  localsInner(): readonly Decoration[] {
    return none;
  }

  private indexOf(offset: number): number {
    const at = this.lastStartingAtOrBefore(offset);
    return this.children[at]?.from === offset ? at : -1;
  }

  /** The index of the last paragraph starting at or before `pos` (-1 when none does). */
  private lastStartingAtOrBefore(pos: number): number {
    return lastAtOrBelow(this.children.length, (i) => this.children[i]?.from ?? 0, pos);
  }

  /** These children with `added` (in position order) put in place of those at the same positions. */
  private merged(added: readonly Child[]): IndexedDecorations {
    const children: Child[] = [];
    let i = 0;
    for (const child of added) {
      for (let c = this.children[i]; c && c.from < child.from; c = this.children[++i])
        children.push(c);
      if (this.children[i]?.from === child.from) i++;
      children.push(child);
    }
    return new IndexedDecorations(children.concat(this.children.slice(i)));
  }
}
