import { fragmentOf, type Fragment } from '../../spans/fragment';
import type { NormalizationForm } from '../../model';
import type { NumberedLine } from '../common';

/** An argument of an R or E line: `Role:Id`. */
export interface AnnArgument {
  readonly role: string;
  readonly ref: string;
}

/** One parsed line of a brat `.ann` file, offsets as written (code points). */
export type AnnLine =
  | {
      kind: 'T';
      id: string;
      line: number;
      label: string;
      fragments: Fragment[];
      text?: string;
    }
  | { kind: 'A'; id: string; line: number; name: string; target: string; value: string | true }
  | {
      kind: 'N';
      id: string;
      line: number;
      target: string;
      db: string;
      key: string;
      name: string;
      form?: NormalizationForm;
    }
  | { kind: 'R'; id: string; line: number; type: string; args: [AnnArgument, AnnArgument] }
  | { kind: 'E'; id: string; line: number; type: string; trigger: string; args: AnnArgument[] }
  /** An event without a trigger that is no relation (BioNLP 2016 SeeDev-full): kept as written. */
  | { kind: 'bare'; id: string; line: number; type: string; args: AnnArgument[] }
  | { kind: '#'; id: string; line: number; type: string; target: string; note: string }
  | { kind: '*'; id: string; line: number; type: string; refs: string[] };

const ID = /^(?:[A-Za-z]+|#[A-Za-z]*)[0-9]+\S*$/;
const OFFSETS = /^([0-9]+) ([0-9]+)\s*$/;
const REFERENCE = /^(\S+) (\S+) ([^\s:]+):(\S+)\s*$/;
const BIONLP_REFERENCE = /^(\S+) Annotation:(\S+) Referent:(\S+)\s*$/;
/** The same arguments the other way round, which brat reads for its `Reference` type alone. */
const BIONLP_REFERENCE_REFERENT_FIRST = /^(Reference) Referent:(\S+) Annotation:(\S+)\s*$/;
const DB_KEY = /^([^\s:]+):(\S+)$/;
const ANNOTATION_ROLE = 'Annotation:';

/**
 * Parses one `.ann` line the way brat does (id TAB data [TAB text]); a string is the
 * reason the line is not valid brat.
 * @example parseAnnLine({ line: 1, text: 'T1\tORG 0 3\tIBM' }) → { kind: 'T', id: 'T1', label: 'ORG', fragments: [{start:0,end:3}], text: 'IBM', line: 1 }
 */
export function parseAnnLine({ line, text }: NumberedLine): AnnLine | string {
  const tab = text.indexOf('\t');
  if (tab === -1)
    return `expected an annotation id and a tab, found ${JSON.stringify(text.slice(0, 40))}`;
  const id = text.slice(0, tab);
  const rest = text.slice(tab + 1);
  const dataEnd = rest.indexOf('\t');
  const data = dataEnd === -1 ? rest : rest.slice(0, dataEnd);
  const tail = dataEnd === -1 ? undefined : rest.slice(dataEnd + 1);
  if (id === '*') return parseEquiv(id, line, data);
  if (!ID.test(id)) return `bad annotation id ${JSON.stringify(id)}`;
  switch (id[0]) {
    case 'T':
      return parseTextBound(id, line, data, tail);
    case 'A':
    case 'M':
      return parseAttribute(id, line, data);
    case 'N':
      return parseNormalization(id, line, data, tail);
    case 'R':
      return parseRelation(id, line, data);
    case 'E':
      return parseEvent(id, line, data);
    case '#':
      return parseNote(id, line, data, tail);
    default:
      return `unknown annotation type ${JSON.stringify(id)} (brat knows T, E, R, A, M, N, * and #)`;
  }
}

function parseTextBound(
  id: string,
  line: number,
  data: string,
  tail: string | undefined,
): AnnLine | string {
  const space = data.indexOf(' ');
  if (space <= 0) return `${id}: expected "Label start end", found ${JSON.stringify(data)}`;
  const fragments: Fragment[] = [];
  for (const part of data.slice(space + 1).split(';')) {
    const match = OFFSETS.exec(part);
    if (!match)
      return `${id}: bad offsets ${JSON.stringify(part)} (expected "start end" in whole numbers)`;
    const start = Number(match[1]);
    const end = Number(match[2]);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end))
      return `${id}: offset too large in ${JSON.stringify(part)}`;
    fragments.push(fragmentOf(start, end));
  }
  return {
    kind: 'T',
    id,
    line,
    label: data.slice(0, space),
    fragments,
    ...(tail === undefined ? {} : { text: tail }),
  };
}

function parseAttribute(id: string, line: number, data: string): AnnLine | string {
  const first = data.indexOf(' ');
  if (first <= 0) return `${id}: expected "Name Target [Value]", found ${JSON.stringify(data)}`;
  const second = data.indexOf(' ', first + 1);
  const name = data.slice(0, first);
  const written = second === -1 ? data.slice(first + 1) : data.slice(first + 1, second);
  // The BioNLP Shared Task 2016 names the target as an argument: `M1\tNegation Annotation:E4`.
  const target = written.startsWith(ANNOTATION_ROLE)
    ? written.slice(ANNOTATION_ROLE.length)
    : written;
  if (!ID.test(target)) return `${id}: bad target id ${JSON.stringify(target)}`;
  if (second === -1) return { kind: 'A', id, line, name, target, value: true };
  if (id[0] === 'M')
    return `${id}: M (modifier) lines take no value, found ${JSON.stringify(data.slice(second + 1))}`;
  const value = data.slice(second + 1);
  if (value === '') return `${id}: empty attribute value`;
  return { kind: 'A', id, line, name, target, value };
}

function parseNormalization(
  id: string,
  line: number,
  data: string,
  tail: string | undefined,
): AnnLine | string {
  const name = (tail ?? '').trim();
  const bionlp = BIONLP_REFERENCE.exec(data);
  if (bionlp) return parseBionlpReference(id, line, bionlp, name);
  const [, word, referent, annotation] = BIONLP_REFERENCE_REFERENT_FIRST.exec(data) ?? [];
  if (word && referent && annotation) {
    const read = parseBionlpReference(id, line, [data, word, annotation, referent], name);
    return typeof read === 'string' ? read : { ...read, form: 'bionlp2013ReferentFirst' };
  }
  const match = REFERENCE.exec(data);
  if (!match) return `${id}: expected "Reference T<n> DB:ID", found ${JSON.stringify(data)}`;
  const [, type, target, db, key] = match as unknown as [string, string, string, string, string];
  if (type !== 'Reference')
    return `${id}: unknown normalization type ${JSON.stringify(type)} (expected Reference)`;
  return { kind: 'N', id, line, target, db, key, name };
}

/**
 * A normalization with its target and entry as arguments: the BioNLP Shared Task 2013 form
 * `Reference Annotation:T1 Referent:DB:ID` (which brat reads too), or the Bacteria Biotope
 * form (BioNLP 2016, 2019) `OntoBiotope Annotation:T3 Referent:OBT:000427`, whose type word
 * names the database and whose referent is the entry.
 */
function parseBionlpReference(
  id: string,
  line: number,
  [, type, target, referent]: readonly (string | undefined)[],
  name: string,
): Extract<AnnLine, { kind: 'N' }> | string {
  if (!type || !target || !referent) return `${id}: expected "Type Annotation:T<n> Referent:ID"`;
  if (type !== 'Reference')
    return { kind: 'N', id, line, target, db: type, key: referent, name, form: 'bacteriaBiotope' };
  const entry = DB_KEY.exec(referent);
  if (!entry?.[1] || !entry[2])
    return `${id}: expected "Reference Annotation:T<n> Referent:DB:ID", found ${JSON.stringify(referent)} as the referent`;
  return { kind: 'N', id, line, target, db: entry[1], key: entry[2], name, form: 'bionlp2013' };
}

function parseArguments(id: string, words: readonly string[]): AnnArgument[] | string {
  const args: AnnArgument[] = [];
  for (const word of words) {
    const parts = word.split(':');
    if (parts.length !== 2 || !parts[0] || !parts[1])
      return `${id}: bad argument ${JSON.stringify(word)} (expected Role:Id)`;
    args.push({ role: parts[0], ref: parts[1] });
  }
  return args;
}

function parseRelation(id: string, line: number, data: string): AnnLine | string {
  const [type, ...words] = data.split(/\s+/).filter((w) => w !== '');
  if (!type) return `${id}: expected "Type Arg1:T<n> Arg2:T<k>"`;
  const args = parseArguments(id, words);
  if (typeof args === 'string') return args;
  const [from, to] = args;
  if (args.length !== 2 || !from || !to)
    return `${id}: a relation needs exactly two arguments, found ${args.length}`;
  if (from.role === to.role)
    return `${id}: the two arguments have the same role ${JSON.stringify(from.role)}`;
  return { kind: 'R', id, line, type, args: [from, to] };
}

function parseEvent(id: string, line: number, data: string): AnnLine | string {
  const [head, ...words] = data.split(/\s+/).filter((w) => w !== '');
  if (head && !head.includes(':') && words.length > 0)
    return parseTriggerless(id, line, head, words);
  const trigger = head ? parseArguments(id, [head]) : 'missing';
  if (typeof trigger === 'string' || !trigger[0])
    return `${id}: expected "Type:T<n> [Role:Id …]", found ${JSON.stringify(data)}`;
  const args = parseArguments(id, words);
  if (typeof args === 'string') return args;
  return { kind: 'E', id, line, type: trigger[0].role, trigger: trigger[0].ref, args };
}

/**
 * An event line without a trigger (`Type Role:Id Role:Id`), as the BioNLP Shared Task 2016
 * writes binary relations (SeeDev): with two arguments of different roles it is a relation
 * under its own id; with other arguments (SeeDev-full's three) a `bare` event, which neither
 * brat nor Loupe models, kept as written.
 */
function parseTriggerless(
  id: string,
  line: number,
  type: string,
  words: readonly string[],
): AnnLine | string {
  const args = parseArguments(id, words);
  if (typeof args === 'string') return args;
  const [from, to] = args;
  if (args.length !== 2 || !from || !to || from.role === to.role)
    return { kind: 'bare', id, line, type, args };
  return { kind: 'R', id, line, type, args: [from, to] };
}

function parseNote(
  id: string,
  line: number,
  data: string,
  tail: string | undefined,
): AnnLine | string {
  const words = data.split(' ');
  if (words.length !== 2 || !words[0] || !words[1])
    return `${id}: expected "AnnotatorNotes <id>", found ${JSON.stringify(data)}`;
  return { kind: '#', id, line, type: words[0], target: words[1], note: tail ?? '' };
}

function parseEquiv(id: string, line: number, data: string): AnnLine | string {
  const [type, ...refs] = data.split(/\s+/).filter((w) => w !== '');
  if (!type || refs.length < 2)
    return `*: expected "Equiv T<n> T<k> …", found ${JSON.stringify(data)}`;
  return { kind: '*', id, line, type, refs };
}
