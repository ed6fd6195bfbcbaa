import { fragmentOf } from '../../spans';
import type { FormatSpan, KeptDocBinColumn } from '../common';
import { ATTR, isStringAttr } from './docBinAttrs';
import type { DocBinMessage } from './docBinMessage';
import type { SpacyStrings } from './spacyStrings';
import type { SpanGroup } from './spanGroups';

/** IOB codes of `ENT_IOB`: 0 not annotated, 1 inside, 2 outside, 3 begins. */
export const IOB = { MISSING: 0, IN: 1, OUT: 2, BEGIN: 3 } as const;

/** One document of a DocBin read: its text, tokens, entities and span group spans, kept columns, or why not. */
export interface ReadDocument {
  readonly text: string;
  readonly words: string[];
  readonly spaces: boolean[];
  readonly iob: number[];
  readonly columns: KeptDocBinColumn[];
  readonly spans: FormatSpan[];
  /** Group spans left out: empty ones (Loupe's spans cover text). */
  readonly emptyGroupSpans: number;
}

/**
 * Reads document `index` (its `first` token row on) as `Doc` rebuilds it (`DocBin.get_docs`):
 * its words from ORTH and its space flags (all set with `has_unknown_spaces`), its entities
 * as `Doc.ents` makes them from ENT_IOB and ENT_TYPE (an I with no entity open is spaCy's
 * E093), its span groups' spans by their character offsets (code points, as Loupe's), each
 * with the group's key as attribute `spanGroup`. Returns a reason naming the document and token when it cannot.
 */
export function readDocument(
  message: DocBinMessage,
  strings: SpacyStrings,
  index: number,
  first: number,
  groups: readonly SpanGroup[],
): ReadDocument | string {
  const { attrs, tokens } = message;
  const width = attrs.length;
  const count = message.lengths[index] ?? 0;
  const unknownSpaces = message.flags[index]?.has_unknown_spaces === true;
  const value = (token: number, column: number) => tokens[(first + token) * width + column] ?? 0n;
  const orth = attrs.indexOf(ATTR.ORTH);
  if (orth < 0) return 'its "attrs" lack ORTH (65), which every DocBin holds';
  const words: string[] = [];
  const spaces: boolean[] = [];
  const starts: number[] = [];
  let text = '';
  let length = 0;
  for (let t = 0; t < count; t++) {
    const word = strings.get(value(t, orth));
    if (word === undefined)
      return `document ${index}, token ${t}: its ORTH ${value(t, orth)} is the hash of none of the file's strings; the file is damaged`;
    const space = unknownSpaces || message.spaces[first + t] === 1;
    words.push(word);
    spaces.push(space);
    starts.push(length);
    text += space ? `${word} ` : word;
    length += [...word].length + (space ? 1 : 0);
  }
  const ends = words.map((w, t) => (starts[t] ?? 0) + [...w].length);
  const columns: KeptDocBinColumn[] = [];
  for (const [c, attr] of attrs.entries()) {
    if (attr === ATTR.ORTH || attr === ATTR.ENT_IOB || attr === ATTR.ENT_TYPE) continue;
    columns.push(columnOf(attr, count, (t) => value(t, c), strings));
  }
  const iobColumn = attrs.indexOf(ATTR.ENT_IOB);
  const typeColumn = attrs.indexOf(ATTR.ENT_TYPE);
  const iob = Array.from({ length: count }, (_, t) =>
    iobColumn < 0 ? IOB.MISSING : Number(value(t, iobColumn)),
  );
  const spans: FormatSpan[] = [];
  if (iobColumn >= 0 && typeColumn >= 0) {
    let open = -1;
    let label = '';
    const close = (end: number) => {
      if (open >= 0)
        spans.push({ label, fragments: [fragmentOf(starts[open] ?? 0, ends[end - 1] ?? 0)] });
      open = -1;
    };
    for (let t = 0; t < count; t++) {
      const code = iob[t] ?? 0;
      const type = value(t, typeColumn);
      if (code > 3)
        return `document ${index}, token ${t} ("${words[t]}"): ENT_IOB ${code} is none of spaCy's codes 0–3; the file is damaged`;
      if (code === IOB.IN) {
        if (open < 0)
          return `document ${index}, token ${t} ("${words[t]}"): an entity's I with no B before it, which spaCy refuses (E093); fix the document with spaCy`;
        continue;
      }
      close(t);
      if (code !== IOB.BEGIN || type === 0n) continue;
      const name = strings.get(type);
      if (name === undefined)
        return `document ${index}, token ${t}: its ENT_TYPE ${type} is the hash of none of the file's strings; the file is damaged`;
      open = t;
      label = name;
    }
    close(count);
  }
  let emptyGroupSpans = 0;
  for (const group of groups)
    for (const s of group.spans) {
      if (s.startChar < 0 || s.endChar > length || s.startChar > s.endChar)
        return `document ${index}: a span of the group "${group.key}" lies at characters ${s.startChar}–${s.endChar}, outside its ${length} characters; the file is damaged`;
      if (s.startChar === s.endChar) {
        emptyGroupSpans++;
        continue;
      }
      const name = strings.get(s.label);
      if (name === undefined)
        return `document ${index}: a span label of the group "${group.key}" (${s.label}) is the hash of none of the file's strings; the file is damaged`;
      const kbId = s.kbId === 0n ? undefined : strings.get(s.kbId);
      const attributes: Record<string, string | boolean> = { spanGroup: group.key };
      if (kbId) attributes.kbId = kbId;
      if (name === '') attributes.unlabelled = true;
      spans.push({
        label: name || group.key,
        fragments: [fragmentOf(s.startChar, s.endChar)],
        attributes,
      });
    }
  return { text, words, spaces, iob, columns, spans, emptyGroupSpans };
}

/** An attribute column as kept: strings where the attribute is a string one and every value names one, else integers. */
function columnOf(
  attr: number,
  count: number,
  value: (token: number) => bigint,
  strings: SpacyStrings,
): KeptDocBinColumn {
  if (isStringAttr(attr)) {
    const values: string[] = [];
    for (let t = 0; t < count; t++) {
      const text = strings.get(value(t));
      if (text === undefined) break;
      values.push(text);
    }
    if (values.length === count) return { attr, strings: true, values };
  }
  const values = Array.from({ length: count }, (_, t) => {
    const signed = BigInt.asIntN(64, value(t));
    return signed <= BigInt(Number.MAX_SAFE_INTEGER) && signed >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(signed)
      : signed.toString();
  });
  return { attr, strings: false, values };
}
