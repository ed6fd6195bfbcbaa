import type { FormatFile } from './format';

/**
 * The same file under another path, keeping the bytes a writer built (a binary file's too) (so a split export
 * is not decoded and encoded again) and decoding its content only when read; releasing
 * either releases both.
 * @example movedFile({ path: 'hf.jsonl', content: '{}\n' }, 'train/hf.jsonl').content === '{}\n'
 */
export function movedFile(file: FormatFile, path: string): FormatFile {
  if (file.binary) return { path, content: file.content, binary: file.binary };
  if (file.encoding !== undefined) return { path, content: file.content, encoding: file.encoding };
  if (!file.bytes) return { path, content: file.content };
  const moved = {
    path,
    get content(): string {
      return file.content;
    },
  };
  Object.defineProperty(moved, 'bytes', { get: () => file.bytes, enumerable: false });
  if (file.pieces)
    Object.defineProperty(moved, 'pieces', { value: file.pieces, enumerable: false });
  if (file.written)
    Object.defineProperty(moved, 'written', { value: file.written, enumerable: false });
  if (file.release)
    Object.defineProperty(moved, 'release', { value: file.release, enumerable: false });
  return moved;
}
