import { decode } from '@msgpack/msgpack';
import { isRecord, setOwn } from '../../collections';
import {
  baseName,
  bundleOf,
  catLabels,
  ErrorCollector,
  isJsonValue,
  KEPT_SPACY_DOCBIN,
  sourceFileAt,
  uniqueDocumentName,
  inFileFolder,
} from '../common';
import type { FormatBundle, FormatDocument, FormatFile, JsonValue, KeptDocBin } from '../common';
import { emptyFormatDocument } from '../common/formatDocument';
import { attrName } from './docBinAttrs';
import { decodeDocBin } from './docBinMessage';
import type { DocBinMessage } from './docBinMessage';
import { IOB, readDocument } from './readDocument';
import { SpacyStrings } from './spacyStrings';
import { readSpanGroups } from './spanGroups';
import { toBase64 } from './base64';

/**
 * Reads spaCy v3's training files (`.spacy`, a DocBin: zlib-compressed msgpack of token rows
 * whose strings are 64-bit hashes): a document per Doc, its text its words with their spaces,
 * `Doc.ents` (ENT_IOB / ENT_TYPE) and every span group's spans (attribute `spanGroup` the
 * group's key) as spans, `cats` as document labels (`{label: "1"}`). Tags, lemmas, heads,
 * deps, morphs, the other attributes, flags, span group attrs and user data are kept
 * (`KeptDocBin`) for the spaCy export to write back. A file that is no DocBin, a bomb, a
 * hash no string names or entities that do not come out is an error naming the file.
 * @example readSpacyDocBin([{ path: 'train.spacy', content: '', binary }]).documents[0].spans → [PERSON 0–12, …]
 */
export function readSpacyDocBin(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  const names = new Set<string>();
  for (const file of files)
    documents.push(...readFile(file, names, errors, warnings).map((d) => inFileFolder(d, file)));
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}

function readFile(
  file: FormatFile,
  names: Set<string>,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument[] {
  const { path, binary } = file;
  if (!binary) {
    errors.add(
      path,
      undefined,
      "was read as text, not as the bytes of a .spacy file; spaCy's DocBin is binary: name the file with .spacy (what DocBin().to_disk writes) or pass --format this file is in",
    );
    return [];
  }
  const decoded = decodeDocBin(binary);
  if ('reason' in decoded) {
    errors.add(path, undefined, decoded.reason);
    return [];
  }
  const { message } = decoded;
  const strings = new SpacyStrings(message.strings);
  const stem = baseName(path);
  const out: FormatDocument[] = [];
  let first = 0;
  let groupSpans = 0;
  let emptyGroupSpans = 0;
  let missing = 0;
  let typed = 0;
  let entities = 0;
  for (let i = 0; i < message.lengths.length; i++) {
    const groups = readSpanGroups(message.spanGroups[i] ?? new Uint8Array(0));
    if ('reason' in groups) {
      errors.add(path, undefined, `document ${i}: ${groups.reason}`);
      return [];
    }
    const read = readDocument(message, strings, i, first, groups.groups);
    if (typeof read === 'string') {
      errors.add(path, undefined, read);
      return [];
    }
    first += message.lengths[i] ?? 0;
    groupSpans += groups.groups.reduce((n, g) => n + g.spans.length, 0);
    emptyGroupSpans += read.emptyGroupSpans;
    missing += read.iob.filter((code) => code === IOB.MISSING).length;
    typed += read.iob.filter((code) => code === IOB.BEGIN).length;
    entities += read.spans.filter((s) => s.attributes?.spanGroup === undefined).length;
    const userData = message.userData?.[i] ?? null;
    const name = uniqueDocumentName(`${stem}-${idOf(userData) ?? i}`, names);
    const file = sourceFileAt(path, i);
    const kept = {
      words: read.words,
      spaces: read.spaces,
      iob: read.iob,
      columns: read.columns,
      flags: jsonFields(message.flags[i] ?? {}),
      groups: groups.groups.map((g) => ({ key: g.key, attrs: g.attrs })),
      cats: message.cats[i] ?? {},
      ...(userData ? { userData: toBase64(userData) } : {}),
      ...(file ? { file } : {}),
    } satisfies KeptDocBin;
    out.push({
      ...emptyFormatDocument(name, read.text),
      spans: read.spans,
      documentLabels: catLabels(message.cats[i] ?? {}),
      metadata: { [KEPT_SPACY_DOCBIN]: kept },
    });
  }
  const read = out.reduce((n, d) => n + d.spans.length, 0);
  if ((typed > 0 && entities === 0) || (groupSpans > emptyGroupSpans && read === entities)) {
    errors.add(
      path,
      undefined,
      `holds ${typed} entities and ${groupSpans} span group spans, but Loupe read ${entities} and ${read - entities}; please report this file`,
    );
    return [];
  }
  warnings.push(
    ...notes(path, message, out.length, { entities, groupSpans, emptyGroupSpans, missing }),
  );
  return out;
}

/** What the import says of a file: what was read, what was kept, what was left out. */
function notes(
  path: string,
  message: DocBinMessage,
  documents: number,
  counts: { entities: number; groupSpans: number; emptyGroupSpans: number; missing: number },
): string[] {
  const kept = message.attrs.filter((a) => a !== 65 && a !== 77 && a !== 78).map(attrName);
  const tokens = message.lengths.reduce((n, l) => n + l, 0);
  const cats = message.cats.filter((c) => Object.keys(c).length > 0).length;
  const out = [
    `${path}: spaCy DocBin ${message.version}: ${documents} documents, ${tokens} tokens, ${counts.entities} entities${counts.groupSpans > 0 ? `, ${counts.groupSpans - counts.emptyGroupSpans} span group spans (attribute spanGroup names the group)` : ''}${cats > 0 ? `, cats of ${cats} documents as document labels (label: score)` : ''}; ${kept.length > 0 ? `${kept.join(', ')}, ` : ''}flags${message.userData ? ', user_data' : ''} are kept and written back by the spaCy export`,
  ];
  if (counts.missing > 0)
    out.push(
      `${path}: ${counts.missing} tokens have ENT_IOB 0 (not annotated); Loupe has no span for "unknown", so each is kept and written back so by the spaCy export where no span covers it (other exports read it as O)`,
    );
  if (counts.emptyGroupSpans > 0)
    out.push(
      `${path}: ${counts.emptyGroupSpans} span group spans cover no text and were left out (a Loupe span covers text)`,
    );
  return out;
}

/** A document id a DocBin's `user_data` names (`doc.user_data["id"]`), if it names one. */
function idOf(userData: Uint8Array | null): string | null {
  if (!userData) return null;
  try {
    const value = decode(userData, {
      mapKeyConverter: (key) => (typeof key === 'string' ? key : JSON.stringify(key)),
    });
    const id = isRecord(value) ? value.id : undefined;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}

function jsonFields(record: Readonly<Record<string, unknown>>): Record<string, JsonValue> {
  const fields: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(record))
    if (isJsonValue(value)) setOwn(fields, key, value);
  return fields;
}
