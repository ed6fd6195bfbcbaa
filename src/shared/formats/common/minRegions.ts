import { isRecord } from '../../collections';

/**
 * Whether a value is a list of text regions as Label Studio's JSON-MIN export writes them under
 * a labels control's name: `[{start, end, text, labels}, …]`.
 * @example isMinRegions([{ start: 0, end: 3, text: 'IBM', labels: ['ORG'] }]) === true
 */
export function isMinRegions(value: unknown): value is Record<string, unknown>[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (v) =>
        isRecord(v) &&
        typeof v.start === 'number' &&
        typeof v.end === 'number' &&
        Array.isArray(v.labels),
    )
  );
}
