/** The 1-based line of a JSON.parse error, from the position or line V8 reports. */
export function jsonErrorLine(raw: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return raw.slice(0, Number(position[1])).split('\n').length;
  if (/Unexpected end/.test(message)) return raw.split('\n').length;
  return undefined;
}
