import { errorMessage } from '../../shared/errors';
import { StoreError } from './storeError';

/** The 1-based line of a JSON.parse error, from the position or line V8 reports. */
export function jsonErrorLine(raw: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return raw.slice(0, Number(position[1])).split('\n').length;
  if (/Unexpected end/.test(message)) return raw.split('\n').length;
  return undefined;
}

/** Parses a project file's JSON text; a syntax error is a StoreError naming the file and line. */
export function parseJsonText(raw: string, label: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    const message = errorMessage(error);
    throw new StoreError(
      label,
      `not valid JSON (${message})`,
      'corrupt',
      jsonErrorLine(raw, message),
    );
  }
}
