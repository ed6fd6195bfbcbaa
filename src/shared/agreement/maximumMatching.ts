import { itemAt } from '../collections';
/** A vertex of the left side being explored, with the index of its next edge. */
interface Frame {
  readonly left: number;
  next: number;
  right: number;
}

/**
 * A maximum-cardinality matching of a bipartite graph (Kuhn's augmenting paths, run
 * iteratively so long chains cannot overflow the stack). Deterministic: left vertices
 * are tried in order and each adjacency list in its given order. Returns, for each left
 * vertex, its matched right vertex or -1.
 * @example maximumMatching([[0, 1], [0]], 2) → [1, 0]
 */
export function maximumMatching(
  adjacency: readonly (readonly number[])[],
  rightCount: number,
): number[] {
  const matchOfLeft = new Array<number>(adjacency.length).fill(-1);
  const matchOfRight = new Array<number>(rightCount).fill(-1);
  // seen[r] === attempt marks r as visited in this augmentation attempt, without a reset.
  const seen = new Array<number>(rightCount).fill(-1);
  for (let start = 0; start < adjacency.length; start++) {
    if (itemAt(adjacency, start).length === 0) continue;
    augment(start, adjacency, matchOfLeft, matchOfRight, seen);
  }
  return matchOfLeft;
}

/** Looks for an augmenting path from `start`; flips it when found. */
function augment(
  start: number,
  adjacency: readonly (readonly number[])[],
  matchOfLeft: number[],
  matchOfRight: number[],
  seen: number[],
): void {
  const stack: Frame[] = [{ left: start, next: 0, right: -1 }];
  while (stack.length > 0) {
    const frame = itemAt(stack, stack.length - 1);
    const edges = itemAt(adjacency, frame.left);
    if (frame.next >= edges.length) {
      stack.pop();
      continue;
    }
    const right = itemAt(edges, frame.next++);
    if (seen[right] === start) continue;
    seen[right] = start;
    frame.right = right;
    const owner = itemAt(matchOfRight, right);
    if (owner === -1) {
      flip(stack, matchOfLeft, matchOfRight);
      return;
    }
    stack.push({ left: owner, next: 0, right: -1 });
  }
}

/** Each frame's left vertex takes the right vertex it reached: the path's matching flips. */
function flip(stack: readonly Frame[], matchOfLeft: number[], matchOfRight: number[]): void {
  for (const frame of stack) {
    matchOfLeft[frame.left] = frame.right;
    matchOfRight[frame.right] = frame.left;
  }
}
