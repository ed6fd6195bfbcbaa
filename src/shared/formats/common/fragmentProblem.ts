/**
 * Why [start, end) cannot be a fragment of a text `length` units long, or null when it
 * can. `unit` names what the offsets count, for the message.
 * @example fragmentProblem(5, 3, 10) === 'start 5 is not before end 3'
 */
export function fragmentProblem(
  start: unknown,
  end: unknown,
  length: number,
  unit = 'code points',
): string | null {
  if (!isOffset(start)) return `start ${show(start)} is not a non-negative integer`;
  if (!isOffset(end)) return `end ${show(end)} is not a non-negative integer`;
  if (start >= end) return `start ${start} is not before end ${end}`;
  if (end > length) return `end ${end} is beyond the text (${length} ${unit} long)`;
  return null;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
