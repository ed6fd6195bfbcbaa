import { ByteWriter, IOB_REASONS, adjusted, wordRange, writeIntView } from '../common';
import type { FormatDocument, Tally } from '../common';
import type { SpacyTokens } from '../../text';
import { words } from './syntaxWords';
import { SPAN_FIELDS_DROPPED, spanFieldsLookup } from './spanFields';

// The syntax around a span's values, as 32-bit words (see syntaxWords.ts).
const [O0, O1, O2] = words(',{"start":', 3);
const [E0, E1] = words(',"end":', 2);
const [K0, K1, K2, K3] = words(',"token_end":', 4);

/**
 * The spans as a JSON list of objects with their token indices, straight into the output
 * bytes, a span's kept keys after Loupe's or in the file's order (see `KeptSpanFields`),
 * token indices where the record's spans had them or `allTokenIndices`; returns how many spans
 * it wrote.
 */
export function spanList(
  out: ByteWriter,
  doc: FormatDocument,
  tokens: SpacyTokens,
  tally: Tally,
  allTokenIndices = false,
): number {
  const range = wordRange; // read once: under a CommonJS build each use would call an export getter
  const int = writeIntView;
  // `,"label":"…","token_start":` encoded once per label, as 32-bit words (see labelWords).
  const labels = new Map<string, LabelWords>();
  const { start: starts, end: ends } = tokens;
  const spans = doc.spans;
  const opening = out.end;
  const kept = spanFieldsLookup(doc.metadata, allTokenIndices);
  const plain: string[] = [];
  const order: number[] = []; // by piece of `plain`, its kept span's index, -1 for a span not kept
  let written = 0;
  let near = 0; // a layer keeps its spans by start: each token search starts at the last one's
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s];
    if (!span) continue;
    let label = labels.get(span.label);
    if (!label) {
      label = labelWords(`,"label":${JSON.stringify(span.label)},"token_start":`);
      labels.set(span.label, label);
    }
    let any = false;
    // Indexed loops and no destructuring: the first export in a process runs this unoptimized,
    // where an iterator or a destructured pair costs a call per step.
    const fragments = span.fragments;
    for (let k = 0; k < fragments.length; k++) {
      const f = fragments[k];
      if (!f) continue;
      const words = f.end > f.start ? range(tokens, f.start, f.end, near) : null;
      if (!words) {
        if (f.end > f.start) tally.adjust(IOB_REASONS.noToken, adjusted(doc, s, f, null));
        else tally.add(IOB_REASONS.noToken);
        continue;
      }
      const first = words[0];
      const last = words[1];
      near = first;
      const start = starts[first] ?? 0;
      const end = ends[last] ?? 0;
      if (start !== f.start || end !== f.end)
        tally.adjust(IOB_REASONS.trimmed, adjusted(doc, s, f, [start, end]));
      any = true;
      if (kept !== null) {
        // A record with kept span fields, or without token indices, is written the plain way.
        const index = kept.take(f.start, f.end, span.label);
        const own = { start, end, label: span.label, token_start: first, token_end: last };
        plain.push(`,${kept.spanText(index, own)}`);
        order.push(index);
        continue;
      }
      out.claim(label.length + 80);
      const v = out.view;
      let at = out.end;
      v.setUint32(at, O0, true); // ,{"start":
      v.setUint32(at + 4, O1, true);
      v.setUint32(at + 6, O2, true);
      at = int(v, at + 10, start);
      v.setUint32(at, E0, true); // ,"end":
      v.setUint32(at + 3, E1, true);
      at = int(v, at + 7, end);
      // Four bytes a store; the last word's padding is overwritten by the number after it.
      const syntax = label.words;
      for (let k = 0; k < syntax.length; k++) v.setUint32(at + 4 * k, syntax[k] ?? 0, true);
      at = int(v, at + label.length, first);
      v.setUint32(at, K0, true); // ,"token_end":
      v.setUint32(at + 4, K1, true);
      v.setUint32(at + 8, K2, true);
      v.setUint32(at + 9, K3, true);
      at = int(v, at + 13, last);
      v.setUint8(at++, 125); // }
      out.commit(at);
    }
    if (any) written++;
  }
  if (kept !== null) {
    for (const [index, text] of kept.answeredAway) {
      plain.push(`,${text}`);
      order.push(index);
    }
    for (const piece of inFileOrder(plain, order)) out.text(piece);
    tally.add(SPAN_FIELDS_DROPPED, kept.untaken);
  }
  // The list opens on the first span's comma, or on its own when no span was written.
  if (out.end > opening) out.claim(0)[opening] = 91;
  else out.ascii('[');
  out.ascii(']');
  return written;
}

/**
 * The spans written the plain way, those kept in the order the file had them, each in the
 * place of one of them: a span added in Loupe keeps its place among them.
 * @example inFileOrder(['a', 'b', 'c'], [1, -1, 0]) → ['c', 'b', 'a']
 */
function inFileOrder(pieces: readonly string[], order: readonly number[]): string[] {
  const slots = order.flatMap((index, i) => (index >= 0 ? [i] : []));
  const kept = [...slots].sort((a, b) => (order[a] ?? 0) - (order[b] ?? 0));
  const out = [...pieces];
  slots.forEach((slot, k) => (out[slot] = pieces[kept[k] ?? slot] ?? ''));
  return out;
}

/** A label's span syntax as little-endian 32-bit words (the last padded with zeros) and its length in bytes. */
interface LabelWords {
  readonly words: Uint32Array;
  readonly length: number;
}

/**
 * {@link LabelWords} of `syntax`: a span's label is copied four bytes a store instead of one
 * (the first export in a process runs the copy unoptimized, once per span).
 */
function labelWords(syntax: string): LabelWords {
  const bytes = ByteWriter.encode(syntax);
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  const words = new Uint32Array(padded.length / 4);
  for (let k = 0; k < words.length; k++) words[k] = view.getUint32(4 * k, true);
  return { words, length: bytes.length };
}
