/** A mention as a check compares it: its covered text and label. */
export interface Named {
  readonly text: string;
  readonly label: string;
}

/**
 * Mentions equal one by one (text, label), in order; returns how many, noting each
 * difference and any mention more than expected in `mismatches`.
 * @example compareInOrder('doc-1', [{ text: 'EU', label: 'ORG' }], [], out) === 0
 */
export function compareInOrder(
  name: string,
  expected: readonly Named[],
  got: readonly Named[],
  mismatches: string[],
  unit = 'entity',
): number {
  let same = 0;
  for (const [i, e] of expected.entries()) {
    const g = got[i];
    if (g && g.text === e.text && g.label === e.label) same++;
    else
      mismatches.push(
        `${name} ${unit} ${i}: expected ${e.label} ${JSON.stringify(e.text)}, got ${g ? `${g.label} ${JSON.stringify(g.text)}` : 'none'}`,
      );
  }
  if (got.length > expected.length)
    mismatches.push(
      `${name}: ${got.length - expected.length} ${unit === 'entity' ? 'entities' : `${unit}s`} more than expected`,
    );
  return same;
}
