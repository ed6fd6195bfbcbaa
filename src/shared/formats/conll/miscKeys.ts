import { parseTag } from '../common';
import type { LineProblem } from './layoutOf';

/**
 * The key of name tags written bare in MISC, with no `key=` before them (`B-PER|SpaceAfter=No`),
 * as spaCy's CoNLL-U converter reads them too.
 */
export const BARE_KEY = '';

/** The MISC keys read first (UD Estonian's `NE=B-Per`, NorNE's `name=B-PER`): spaCy's converter reads these. */
const KNOWN_KEYS = ['NE', 'name'] as const;

/** A name tag in MISC: O, or a prefix and a type (`B-PER`, `S-PERSON`, UD Slovenian's `B-per`). */
const NAME_TAG = /^(?:O|[BIESLU]-\S+)$/u;

/** CorefUD's coreference in MISC: `Entity=(e1-person-1`, `Entity=e1)`, GUM's `Entity=(event-28-giv:act-1-coref)`. */
const COREF_VALUE = /^\(|\)$/u;

/** What the MISC entries under one key (or bare) held over a file. */
interface KeyCount {
  values: number;
  /** Values that are a prefix and a type (`B-PER`). */
  prefixed: number;
  /** Values that are no name tag, by line. */
  others: { line: number; value: string }[];
  /** The first prefixed value, by line. */
  example?: { line: number; value: string };
  /** Values the CoNLL reader takes for tags: O, prefixed, or a bare label (`Per`). */
  tags: number;
}

/** The MISC key names are read from, or why none is: what {@link miscKeyOf} found. */
export interface MiscKey {
  /** The key of the names (`NE`, `NER`, `ner`, {@link BARE_KEY}), or undefined when no key holds them. */
  readonly key: string | undefined;
  /** Whether MISC holds CorefUD coreference (`Entity=(e1-…`), which is no name tag. */
  readonly coreference: boolean;
  /** Lines of a key whose values look like name tags but not all are: the file is refused. */
  readonly problems: LineProblem[];
}

/**
 * The MISC key a CoNLL-U file's names are read from: NE or name (as before, when a value of
 * theirs is a tag), else a key every value of which is a name tag (O, B-PER, …) and one at
 * least a prefixed one (Stanza's `ner=S-PERSON`, UD Slovenian's `NER=B-per`, bare `B-PER`
 * as spaCy reads it); the one with most names when there are several. When no key qualifies
 * but one holds name tags beside other values (half of its values, or NE=, name=, NER=, ner=),
 * each line of another value is a problem: reading no names from it would lose them silently.
 * @example miscKeyOf([[3, 'NER=B-per'], [4, 'NER=O']]).key === 'NER'
 */
export function miscKeyOf(miscs: readonly (readonly [number, string])[]): MiscKey {
  const counts = new Map<string, KeyCount>();
  let coreference = false;
  for (const [line, misc] of miscs) {
    if (misc === '_') continue;
    for (const entry of misc.split('|')) {
      const eq = entry.indexOf('=');
      const key = eq > 0 ? entry.slice(0, eq) : BARE_KEY;
      const value = eq > 0 ? entry.slice(eq + 1) : entry;
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { values: 0, prefixed: 0, others: [], tags: 0 }));
      count.values++;
      if (parseTag(value)) count.tags++;
      if (value !== 'O' && NAME_TAG.test(value)) {
        count.prefixed++;
        count.example ??= { line, value };
      } else if (value !== 'O') count.others.push({ line, value });
      if (key === 'Entity' && COREF_VALUE.test(value)) coreference = true;
    }
  }
  const known = KNOWN_KEYS.find((k) => (counts.get(k)?.tags ?? 0) > 0);
  if (known) {
    const count = counts.get(known);
    const bad = count?.others.filter((o) => parseTag(o.value) === null) ?? [];
    const problems = bad.map((o) => notATag(known, o, count));
    return { key: known, coreference, problems };
  }
  let key: string | undefined;
  let most = 0;
  for (const [k, count] of counts)
    if (count.prefixed > most && count.others.length === 0) {
      key = k;
      most = count.prefixed;
    }
  if (key !== undefined) return { key, coreference, problems: [] };
  const problems: LineProblem[] = [];
  for (const [k, count] of counts) {
    const named = /^(?:NE|NER|name|ner)$/u.test(k);
    if (!count.example || (!named && count.prefixed * 2 < count.values)) continue;
    for (const other of count.others) problems.push(notATag(k, other, count));
  }
  return { key: undefined, coreference, problems };
}

/** The problem of a value under a key that holds name tags elsewhere. */
function notATag(
  key: string,
  other: { line: number; value: string },
  count: KeyCount | undefined,
): LineProblem {
  const shown = key === BARE_KEY ? 'bare in MISC' : `under ${key}=`;
  const example = count?.example;
  const where = example ? ` (${entryOf(key, example.value)} on line ${example.line})` : '';
  return {
    line: other.line,
    reason: `MISC entry ${JSON.stringify(entryOf(key, other.value))} is no name tag, while ${count?.prefixed ?? 0} other values ${shown} are${where}: Loupe reads names from a MISC key only when each of its values is O or a prefix (B-, I-, E-, S-, L-, U-) and a type; correct the value${key === BARE_KEY ? '' : ', or rename the key of what is no name'} and import again`,
  };
}

/** A MISC entry holding `tag` under `key`: `NE=B-PER`, or `B-PER` bare. */
export function entryOf(key: string, tag: string): string {
  return key === BARE_KEY ? tag : `${key}=${tag}`;
}

/** Where among a MISC column's entries the one under `key` is (a bare name tag for {@link BARE_KEY}), or -1. */
export function entryAt(entries: readonly string[], key: string): number {
  if (key === BARE_KEY) return entries.findIndex((e) => NAME_TAG.test(e));
  return entries.findIndex((e) => e.startsWith(`${key}=`));
}

/** The value of an entry found under `key` by {@link entryAt}. */
export function valueOf(entry: string, key: string): string {
  return key === BARE_KEY ? entry : entry.slice(key.length + 1);
}
