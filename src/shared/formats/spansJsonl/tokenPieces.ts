import { ByteWriter, writeChars, writeIntView } from '../common';
import type { SpacyTokens } from '../../text';
import { words } from './syntaxWords';

/** The bytes a buffer holds, as a piece. */
export function filled(out: ByteWriter): Uint8Array {
  return out.claim(0).subarray(0, out.end);
}

// The syntax between the values of a token's object and of a span's, as 32-bit words
// (`littleEndianWords`): each is stored with a few `setUint32`s instead of a byte at a time.
const [S0, S1, S2] = words('","start":', 3);
const [E0, E1] = words(',"end":', 2);
const [I0, I1] = words(',"id":', 2);
const [T0, T1, T2, T3, T4, T5] = words(',"ws":true},{"text":"', 6);
const [F0, F1, F2, F3, F4, F5] = words(',"ws":false},{"text":"', 6);

/** Bytes of token objects a buffer holds before it is handed on to be written. */
export const PIECE = 1 << 20;

/** The two buffers token pieces are made in, used in turn (a piece is written while the next is made). */
export class TokenBuffers {
  private readonly buffers = [new ByteWriter(), new ByteWriter()];
  private turn = 0;

  /** The buffer to fill next, emptied. */
  next(): ByteWriter {
    this.turn ^= 1;
    const out = this.buffers[this.turn] ?? new ByteWriter();
    out.commit(0);
    return out;
  }
}

/**
 * The tokens as JSON objects, written straight into bytes (the hot loop of the export) after
 * what `out` holds, a buffer handed on whenever it holds about {@link PIECE} bytes. Returns
 * the buffer to go on filling.
 */
export function* tokenPieces(
  buffers: TokenBuffers,
  out0: ByteWriter,
  text: string,
  tokens: SpacyTokens,
): Generator<Uint8Array, ByteWriter> {
  const { start16, end16, count } = tokens;
  let out = out0;
  if (count === 0) return out;
  out.ascii('{"text":"');
  // Room is claimed for a block of tokens at once: 6 bytes a UTF-16 unit at most, 80 for the rest.
  for (let from = 0; from < count; from += BLOCK) {
    const to = Math.min(count, from + BLOCK);
    const room = ((end16[to - 1] ?? 0) - (start16[from] ?? 0)) * 6 + (to - from) * 80;
    if (out.end > 0 && out.end + room > PIECE) {
      yield filled(out);
      out = buffers.next();
    }
    const b = out.claim(room);
    out.commit(tokenBlock(text, tokens, b, out.view, out.end, from, to));
  }
  // The last object closed without opening another: `,{"text":"` taken back.
  out.commit(out.end - 10);
  return out;
}

/**
 * Writes tokens [from, to) at `at`, each closed and the next opened; returns the end. Alone
 * in its function, so V8's optimized entry into the loop (the first export in a process runs
 * it before V8 has optimized it) stays valid from block to block: nothing after the loop but
 * the return, no code without type feedback that would throw the optimized code away.
 */
function tokenBlock(
  text: string,
  tokens: SpacyTokens,
  b: Uint8Array,
  v: DataView,
  at0: number,
  from: number,
  to: number,
): number {
  // Imported functions read once: under a CommonJS build (tsx) each use would call an export getter.
  const chars = writeChars;
  const int = writeIntView;
  const { start16, end16, start, end, spaceAfter } = tokens;
  let at = at0;
  for (let i = from; i < to; i++) {
    const last = end16[i] ?? 0;
    let k = start16[i] ?? 0;
    // Printable ASCII other than " and \ is written as it is; the rest of the token from the first other unit is escaped.
    for (; k < last; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x20 || c > 0x7e || c === 34 || c === 92) break;
      b[at++] = c;
    }
    if (k < last) at = chars(b, at, text, k, last, true);
    v.setUint32(at, S0, true); // ","start":
    v.setUint32(at + 4, S1, true);
    v.setUint32(at + 6, S2, true);
    at = int(v, at + 10, start[i] ?? 0);
    v.setUint32(at, E0, true); // ,"end":
    v.setUint32(at + 3, E1, true);
    at = int(v, at + 7, end[i] ?? 0);
    v.setUint32(at, I0, true); // ,"id":
    v.setUint32(at + 2, I1, true);
    at = int(v, at + 6, i);
    if (spaceAfter[i] === 1) {
      v.setUint32(at, T0, true); // ,"ws":true},{"text":"
      v.setUint32(at + 4, T1, true);
      v.setUint32(at + 8, T2, true);
      v.setUint32(at + 12, T3, true);
      v.setUint32(at + 16, T4, true);
      v.setUint32(at + 17, T5, true);
      at += 21;
    } else {
      v.setUint32(at, F0, true); // ,"ws":false},{"text":"
      v.setUint32(at + 4, F1, true);
      v.setUint32(at + 8, F2, true);
      v.setUint32(at + 12, F3, true);
      v.setUint32(at + 16, F4, true);
      v.setUint32(at + 18, F5, true);
      at += 22;
    }
  }
  return at;
}

/** Tokens written between two claims of room. */
const BLOCK = 4096;

const decoder = new TextDecoder();

/**
 * The tokens' JSON list as a string, for a line written whole (see `layoutLine`).
 * @example tokensJson('a b', tokens) === '[{"text":"a","start":0,"end":1,"id":0,"ws":true},{"text":"b","start":2,"end":3,"id":1,"ws":false}]'
 */
export function tokensJson(text: string, tokens: SpacyTokens): string {
  const buffers = new TokenBuffers();
  const pieces = tokenPieces(buffers, buffers.next(), text, tokens);
  let json = '[';
  for (;;) {
    const step = pieces.next();
    if (step.done) return `${json}${decoder.decode(filled(step.value))}]`;
    json += decoder.decode(step.value);
  }
}
