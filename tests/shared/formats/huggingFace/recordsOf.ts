import type { FormatFile } from '../../../../src/shared/formats';

/** The records of an HF export, parsed. */
export function recordsOf(files: readonly FormatFile[]): Record<string, unknown>[] {
  const jsonl = files.find((f) => f.path === 'hf.jsonl')?.content ?? '';
  return jsonl
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
