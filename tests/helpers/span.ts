import type { Span } from '../../src/shared/model';
import { fragmentOf } from '../../src/shared/spans';

const T = '2026-01-01T00:00:00.000Z';

/** A span over [start, end) (or several fragments) for tests. */
export function span(
  start: number,
  end: number,
  label = 'PERSON',
  id = `s_${start}_${end}_${label}`,
  more: Partial<Span> = {},
): Span {
  return {
    id,
    label,
    fragments: [fragmentOf(start, end)],
    author: 'tester',
    createdAt: T,
    updatedAt: T,
    ...more,
  };
}
