import type { FormatFile } from './format';

/**
 * The same file under another path, keeping the bytes a writer built (so a split export
 * is not decoded and encoded again) and decoding its content only when read.
 * @example movedFile({ path: 'hf.jsonl', content: '{}\n' }, 'train/hf.jsonl').content === '{}\n'
 */
export function movedFile(file: FormatFile, path: string): FormatFile {
  if (!file.bytes) return { path, content: file.content };
  const moved = {
    path,
    get content(): string {
      return file.content;
    },
  };
  Object.defineProperty(moved, 'bytes', { value: file.bytes, enumerable: false });
  return moved;
}
