import { setOwn } from '../../collections';
import {
  ANSWERED_AWAY,
  answeredAway,
  BEYOND_SPANS,
  catsOfLabels,
  isJsonValue,
  keptDocBinOf,
  NOT_A_CATEGORY,
  Tally,
  tallyUnwritten,
} from '../common';
import type {
  FormatBundle,
  FormatDocument,
  FormatFile,
  JsonValue,
  KeptDocBin,
  SplitPart,
  WriteOptions,
  WriteResult,
} from '../common';
import { ATTR } from './docBinAttrs';
import { encodeDocBin } from './docBinMessage';
import type { DocOut } from './docOut';
import { freshDocOut } from './freshDocOut';
import { keptDocOut } from './keptDocOut';
import { fromBase64 } from './base64';
import { byCodePoint, spacyStringId } from './spacyStrings';
import { writeSpanGroups } from './spanGroups';

/** The file the export writes (documents read from a `.spacy` file go back to its name: `writeBySource`; a split export writes `train.spacy`, `dev.spacy`, `test.spacy`). */
export const SPACY_DOCBIN_FILE = 'train.spacy';

/** What the spaCy export leaves out: what spans-only formats leave out, but document labels (cats) and span attributes it writes. */
const UNWRITTEN = BEYOND_SPANS.filter(
  (kind) =>
    kind !== 'document label' &&
    kind !== 'span attributes' &&
    kind !== 'tokens kept from a spaCy DocBin',
);

/** Span attributes the spaCy export writes (a span's group, kb id, a group span with no label). */
const WRITTEN_ATTRIBUTES: ReadonlySet<string> = new Set(['spanGroup', 'kbId', 'unlabelled']);

/** One document ready to pack. */
interface Written {
  readonly out: DocOut;
  readonly kept: KeptDocBin | null;
  readonly usedKept: boolean;
  readonly cats: Record<string, number>;
}

/**
 * Writes spaCy v3's training file (`train.spacy`, a DocBin as `DocBin().to_disk` writes it),
 * what `spacy train` reads. A document imported from a `.spacy` file whose text is unchanged
 * is written on its own tokens with its kept attributes (tags, lemmas, heads, deps, morphs, …),
 * flags and user data; any other document on spaCy's English tokens (see `freshDocOut`).
 * Entities become ENT_IOB / ENT_TYPE, spans with attribute `spanGroup` go to that span group,
 * document labels become `cats` (a score as read, a category `1.0`). Spans moved to token
 * edges and what the format cannot hold are said in the summary.
 * @example writeSpacyDocBin(bundle).files[0] → { path: 'train.spacy', content: '', binary: Uint8Array [0x78, …] }
 */
export function writeSpacyDocBin(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const overlaps = options.overlaps ?? 'error';
  const written: Written[] = [];
  for (const doc of bundle.documents) {
    if (answeredAway(doc)) {
      tally.add(ANSWERED_AWAY);
      continue;
    }
    tallyUnwritten(doc, tally, UNWRITTEN);
    tallyAttributes(doc, tally);
    const kept = keptDocBinOf(doc.metadata);
    const own = kept && keptDocOut(doc, kept, tally, overlaps);
    const out = own ?? freshDocOut(doc, tally, overlaps);
    written.push({
      out,
      kept,
      usedKept: own !== null && own !== undefined,
      cats: catsOf(doc, tally),
    });
  }
  const binary = encodeDocBin(messageOf(written));
  const file: FormatFile = { path: SPACY_DOCBIN_FILE, content: '', binary };
  const spans = written.reduce((n, w) => n + w.out.spans, 0);
  return {
    files: [file],
    summary: tally.summary({ documents: written.length, spans, stances: 0 }),
  };
}

/** A split export's files: `train.spacy`, `dev.spacy` and `test.spacy` side by side, as `spacy train` is pointed at them. */
export function combineDocBinSplits(parts: readonly SplitPart[]): FormatFile[] {
  return parts.flatMap((part) =>
    part.result.files.map((file) => ({
      path: `${part.name}.spacy`,
      content: '',
      ...(file.binary ? { binary: file.binary } : {}),
    })),
  );
}

function messageOf(written: readonly Written[]) {
  const columnAttrs = new Set<number>();
  for (const { out } of written) for (const attr of out.columns.keys()) columnAttrs.add(attr);
  const attrs = [
    ATTR.ORTH,
    ...[...new Set([ATTR.ENT_IOB, ATTR.ENT_TYPE, ...columnAttrs])].sort((a, b) => a - b),
  ];
  const strings = new Set<string>(['']);
  const id = (text: string) => {
    strings.add(text);
    return spacyStringId(text);
  };
  const total = written.reduce((n, w) => n + w.out.words.length, 0);
  const tokens = new BigUint64Array(total * attrs.length);
  const spaces = new Uint8Array(total);
  let row = 0;
  for (const { out } of written)
    for (let t = 0; t < out.words.length; t++, row++) {
      spaces[row] = out.spaces[t] ? 1 : 0;
      for (const [c, attr] of attrs.entries())
        tokens[row * attrs.length + c] = cellOf(out, t, attr, id);
    }
  const spanGroups = written.map((w) => writeSpanGroups(groupsOf(w, id))); // before the strings are listed
  const anyUserData = written.some((w) => w.usedKept && w.kept?.userData !== undefined);
  return {
    version: '0.1',
    attrs,
    tokens,
    spaces,
    lengths: Int32Array.from(written, (w) => w.out.words.length),
    strings: [...strings].sort(byCodePoint),
    cats: written.map((w) => w.cats),
    flags: written.map((w) =>
      w.usedKept && w.kept ? w.kept.flags : { has_unknown_spaces: false },
    ),
    spanGroups,
    userData: anyUserData
      ? written.map((w) =>
          w.usedKept && w.kept?.userData !== undefined ? fromBase64(w.kept.userData) : null,
        )
      : null,
  };
}

/** Token `t`'s value of `attr`: its word, its entity, a kept column's value, or what spaCy writes for a token with none. */
function cellOf(out: DocOut, t: number, attr: number, id: (text: string) => bigint): bigint {
  if (attr === ATTR.ORTH) return id(out.words[t] ?? '');
  if (attr === ATTR.ENT_IOB) return BigInt(out.iob[t] ?? 0);
  if (attr === ATTR.ENT_TYPE) return id(out.types[t] ?? '');
  const column = out.columns.get(attr);
  if (!column) return attr === ATTR.SENT_START && t === 0 ? 1n : 0n;
  const value = column.values[t] ?? 0;
  if (column.strings) return id(String(value));
  return BigInt.asUintN(64, BigInt(value));
}

/** The span groups of a document: the groups it was read with (their attrs) that still have spans or had none, then new ones. */
function groupsOf(w: Written, id: (text: string) => bigint) {
  const attrsOf = new Map((w.kept?.groups ?? []).map((g) => [g.key, g.attrs]));
  const keys = [
    ...(w.usedKept ? (w.kept?.groups.map((g) => g.key) ?? []) : []),
    ...w.out.groups.keys(),
  ];
  return [...new Set(keys)].map((key) => {
    const attrs: Record<string, JsonValue> = {};
    for (const [name, value] of Object.entries(attrsOf.get(key) ?? {}))
      if (isJsonValue(value)) setOwn(attrs, name, value);
    const spans = (w.out.groups.get(key) ?? []).map((s) => ({
      id: 0n,
      kbId: s.kbId === '' ? 0n : id(s.kbId),
      label: id(s.label),
      start: s.start,
      end: s.end,
      startChar: s.startChar,
      endChar: s.endChar,
    }));
    return { key, attrs, spans };
  });
}

/** A document's labels as `cats`: a score as it was read, a category (`category`, `category 2`, … as doccano's are read) 1. */
function catsOf(doc: FormatDocument, tally: Tally): Record<string, number> {
  const { cats, unwritten } = catsOfLabels(doc.documentLabels);
  tally.add(NOT_A_CATEGORY, unwritten);
  return cats;
}

/** Counts spans carrying attributes other than the ones the export writes. */
function tallyAttributes(doc: FormatDocument, tally: Tally): void {
  let count = 0;
  for (const span of doc.spans)
    if (Object.keys(span.attributes ?? {}).some((name) => !WRITTEN_ATTRIBUTES.has(name))) count++;
  tally.add('span attributes', count);
}
