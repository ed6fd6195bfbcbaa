import { Unzlib } from 'fflate';

/** Most bytes a `.spacy` file may inflate to: a file past it is refused (a decompression bomb, or a corpus to split). */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;

/** Compressed bytes handed to the inflater at a time, so a bomb stops soon after the bound. */
const STEP = 1 << 20;

/**
 * The zlib stream `bytes` inflated, or why not: it is no zlib stream, is cut short, or would
 * grow past `limit` bytes (checked as it grows, so a bomb is never held whole).
 * @example boundedInflate(zlibSync(bytes), 1024) → { bytes }
 */
export function boundedInflate(
  bytes: Uint8Array,
  limit = MAX_INFLATED_BYTES,
): { readonly bytes: Uint8Array } | { readonly reason: string } {
  if (
    bytes.length < 2 ||
    (bytes[0] ?? 0) % 16 !== 8 ||
    ((bytes[0] ?? 0) * 256 + (bytes[1] ?? 0)) % 31 !== 0
  )
    return { reason: 'is not zlib-compressed, as spaCy writes a DocBin (DocBin().to_disk)' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let done = false;
  const inflater = new Unzlib((chunk, final) => {
    size += chunk.length;
    if (size > limit) over = true;
    else chunks.push(chunk);
    done ||= final;
  });
  try {
    for (let at = 0; at < bytes.length && !over; at += STEP)
      inflater.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch (error) {
    return { reason: `is damaged: its zlib stream does not inflate (${messageOf(error)})` };
  }
  if (over)
    return {
      reason: `inflates to more than ${limit / (1024 * 1024)} MiB, more than Loupe reads from one .spacy file; split the DocBin into smaller ones (DocBin(docs=docs[i:j]).to_disk(…)) and import them together`,
    };
  if (!done) return { reason: 'is cut short: its zlib stream ends early; copy the file again' };
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: out };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
