import type { Entity, Equivalence } from '../../model';
import { createOffsetIndex } from '../../spans';
import { baseName, splitLines } from '../common';
import type { ErrorCollector, FormatDocument, FormatFile } from '../common';
import { parseAnnLine } from './annLine';
import type { AnnLine } from './annLine';
import { resolveRef } from './annContext';
import type { AnnContext, SpanDraft } from './annContext';
import { readEvents, readRelations } from './readEvents';
import type { EventDraft, RelationDraft } from './readEvents';
import { readNormalizations } from './readNormalizations';
import { readSpan } from './readSpans';
import { keptBrat } from './fragmentOrders';
import { isBratTypeName, targetKey } from './keptNotes';
import { keptIds, readKeptLines } from './keptLines';
import { invalidLine, leftOutLines } from './invalidLines';
import { lineOrder, spacedLines } from './lineOrder';
import type { NoteTargets, TypedNote } from './keptNotes';
import { readStances, STANCE } from './readStances';
import { emptyFormatDocument } from '../common/formatDocument';

type LineOf<K extends AnnLine['kind']> = Extract<AnnLine, { kind: K }>;
type Annotated = SpanDraft | EventDraft | RelationDraft;

/** One file of several joined into a document's annotations: its path and the joined line its first line became. */
export interface AnnPart {
  readonly path: string;
  readonly from: number;
}

/** A document's annotations: its `.ann`, or its BioNLP parts joined (`parts` trace each line back). */
export type AnnSource = FormatFile & { readonly parts?: readonly AnnPart[] };

/**
 * Reads one brat document: its `.txt` and, when present, its `.ann`, keeping every kind of
 * line brat writes: T, E (stances and other events), R, A/M, N, # and *, and a T line's
 * fragments in the order listed and `#` notes of other types than AnnotatorNotes (in the metadata, {@link keptBrat}). Every problem goes
 * to `errors` (the document is then unusable); what Loupe reads differently goes to `warnings`.
 * @example readAnnDocument({ path: 'a.txt', content: 'IBM' }, { path: 'a.ann', content: 'T1\tORG 0 3\tIBM' }, errors, warnings)
 */
export function readAnnDocument(
  txt: FormatFile,
  ann: AnnSource | undefined,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument {
  const text = txt.content;
  const empty = emptyFormatDocument(baseName(txt.path), text);
  if (!ann) return empty;
  const byId = new Map<string, AnnLine>();
  const ctx: AnnContext = {
    file: ann.path,
    text,
    index: createOffsetIndex(text),
    byId,
    spans: new Map<string, SpanDraft>(),
    entities: new Map<string, Entity>(),
    fragmentOrders: [],
    writtenOtherwise: new Set<number>(),
    fail: (line, reason) => {
      const at = placeOf(ann, line);
      errors.add(at.path, at.line, reason);
    },
    warn: (line, reason) => {
      const at = placeOf(ann, line);
      warnings.push(`${at.path}:${at.line}: ${reason}`);
    },
  };
  const written = new Map<number, string>();
  const all = parseLines(ctx, ann.content, byId, written);
  const kept = keptIds(all);
  const lines = all.filter((l) => l.kind === '*' || !kept.has(l.id));
  const of = <K extends AnnLine['kind']>(kind: K) =>
    lines.filter((l): l is LineOf<K> => l.kind === kind);
  for (const t of of('T')) readSpan(ctx, t);
  const stanceLines = of('E').filter((e) => e.type === STANCE);
  const events = readEvents(
    ctx,
    of('E').filter((e) => e.type !== STANCE),
  );
  const relations = readRelations(ctx, of('R'), new Set(events.keys()));
  const drafts = (id: string): Annotated | undefined =>
    ctx.spans.get(id) ?? events.get(id) ?? relations.get(id);
  const stanceAttributes = readAttributes(ctx, of('A'), drafts);
  const typed: LineOf<'#'>[] = [];
  const stanceNotes = readNotes(ctx, of('#'), drafts, typed);
  for (const n of of('N')) resolveRef(ctx, n, n.target, ['T']);
  readNormalizations(ctx, of('N'));
  const equivalences = readEquivalences(ctx, of('*'));
  const { stances, triggersOnly } = readStances(ctx, stanceLines, stanceAttributes, stanceNotes);
  const referenced = referencedOutsideTriggers(lines);
  const spans = [...ctx.spans.values()].filter(
    (s) => !(triggersOnly.has(s.id) && !referenced.has(s.id) && s.label === STANCE),
  );
  const targets: NoteTargets = {
    span: (id) => ctx.spans.get(id),
    event: (id) => events.get(id),
    relation: (id) => relations.get(id),
  };
  const notes = typed.flatMap((n): TypedNote[] => {
    const key = targetKey(targets, n.target);
    return key === undefined ? [] : [[n.type, key, n.note, n.target]];
  });
  const keptLines = readKeptLines(
    ctx,
    all.filter((l) => l.kind !== '*' && kept.has(l.id)),
    written,
    kept,
    (id) => targetKey(targets, id),
  );
  // The lines left out as invalid (skip invalid) take their places among the others, kept as written.
  const left = leftOutLines(ann.content, ann.unskipped);
  const whole = ann.unskipped ?? ann.content;
  // Blank lines (brat reads past them) keep their places among the others too.
  const blank = splitLines(whole).filter((l) => l.text.trim() === '');
  const rows = [
    ...all.map((l) => ({ line: l.line, text: written.get(l.line) ?? '', left: false })),
    ...left.map((l) => ({ ...l, left: true })),
    ...blank.map((l) => ({ ...l, left: false, blank: true })),
  ].sort((a, b) => a.line - b.line);
  const asWritten = rows.map((r) => r.text);
  const names = {
    keyOf: (id: string) => targetKey(targets, id),
    kept: new Set([...kept, ...left.map((l) => l.text.slice(0, l.text.indexOf('\t')))]),
    read: new Set(byId.keys()),
  };
  const invalid = rows.flatMap((r, at) => (r.left ? [invalidLine(r, at, names)] : []));
  const blanks = rows.flatMap((r, at): [number, string][] => ('blank' in r ? [[at, r.text]] : []));
  const metadata = keptBrat(
    ctx.fragmentOrders,
    notes,
    [...keptLines, ...invalid],
    lineOrder(asWritten),
    spacedLines(
      asWritten,
      new Set(rows.flatMap((r, i) => (ctx.writtenOtherwise.has(r.line) && !r.left ? [i] : []))),
    ).filter(([i]) => rows[i]?.left !== true && !('blank' in (rows[i] ?? {}))),
    whole !== '' && !whole.endsWith('\n'),
    blanks,
  );
  return {
    ...empty,
    ...(metadata ? { metadata } : {}),
    spans,
    relations: [...relations.values()],
    stances,
    entities: [...ctx.entities.values()],
    ...(events.size > 0 ? { events: [...events.values()] } : {}),
    ...(equivalences.length > 0 ? { equivalences } : {}),
  };
}

/** The lines of a `.ann` file parsed, each valid line's text kept in `written` by its number. */
function parseLines(
  ctx: AnnContext,
  content: string,
  byId: Map<string, AnnLine>,
  written: Map<number, string>,
): AnnLine[] {
  const lines: AnnLine[] = [];
  for (const numbered of splitLines(content)) {
    if (numbered.text.trim() === '') continue;
    written.set(numbered.line, numbered.text);
    const parsed = parseAnnLine(numbered);
    if (typeof parsed === 'string') {
      ctx.fail(numbered.line, parsed);
      continue;
    }
    const first = parsed.kind === '*' ? undefined : byId.get(parsed.id);
    if (first) {
      ctx.fail(parsed.line, `duplicate id ${parsed.id} (first defined on line ${first.line})`);
      continue;
    }
    if (parsed.kind !== '*') byId.set(parsed.id, parsed);
    lines.push(parsed);
  }
  return lines;
}

/** A/M lines onto spans, events and relations; those on stances are returned for the stance reader. */
function readAttributes(
  ctx: AnnContext,
  lines: readonly LineOf<'A'>[],
  drafts: (id: string) => Annotated | undefined,
): LineOf<'A'>[] {
  const onStances: LineOf<'A'>[] = [];
  const seen = new Map<string, string>();
  for (const a of lines) {
    const target = resolveRef(ctx, a, a.target, ['T', 'E', 'R']);
    if (!target) continue;
    const draft = drafts(a.target);
    if (!draft) {
      if (target.kind === 'E' && target.type === STANCE) onStances.push(a);
      continue;
    }
    const key = `${a.target}\u0000${a.name}`;
    const first = seen.get(key);
    if (first) {
      ctx.fail(a.line, `${a.id}: ${a.target} already has attribute ${a.name} (${first})`);
      continue;
    }
    seen.set(key, a.id);
    draft.attributes = { ...draft.attributes, [a.name]: a.value };
  }
  return onStances;
}

/**
 * AnnotatorNotes onto spans, events and relations (several notes joined by a line break);
 * notes on stances are returned by target. A note of another type on a span, event or
 * relation (UD/TDT's `Lemma`) goes to `typed`, to be kept under its type.
 */
function readNotes(
  ctx: AnnContext,
  lines: readonly LineOf<'#'>[],
  drafts: (id: string) => Annotated | undefined,
  typed: LineOf<'#'>[],
): Map<string, string> {
  const onStances = new Map<string, string>();
  for (const n of lines) {
    const target = resolveRef(ctx, n, n.target, ['T', 'E', 'R']);
    if (!target) continue;
    const draft = drafts(n.target);
    if (n.type !== 'AnnotatorNotes') {
      if (draft && isBratTypeName(n.type)) {
        typed.push(n);
        continue;
      }
      ctx.warn(
        n.line,
        `${n.id}: note type ${JSON.stringify(n.type)} is read as AnnotatorNotes (${draft ? 'brat type names hold letters, digits, _ and - only' : 'Loupe keeps a note of its own type only on a span, event or relation'})`,
      );
    }
    if (draft) draft.note = draft.note === undefined ? n.note : `${draft.note}\n${n.note}`;
    else if (target.kind === 'E') {
      const earlier = onStances.get(n.target);
      onStances.set(n.target, earlier === undefined ? n.note : `${earlier}\n${n.note}`);
    }
  }
  return onStances;
}

/** `*\tEquiv T1 T2 …` lines whose members are all spans read without error. */
function readEquivalences(ctx: AnnContext, lines: readonly LineOf<'*'>[]): Equivalence[] {
  const sets: Equivalence[] = [];
  for (const e of lines) {
    const members = e.refs.map((ref) => resolveRef(ctx, e, ref, ['T']));
    if (members.every((m) => m !== undefined && ctx.spans.has(m.id)))
      sets.push({ type: e.type, members: [...e.refs] });
  }
  return sets;
}

/** Ids named by anything but a Stance event's trigger slot. */
function referencedOutsideTriggers(lines: readonly AnnLine[]): Set<string> {
  const refs = new Set<string>();
  for (const l of lines) {
    if (l.kind === 'A' || l.kind === 'N' || l.kind === '#') refs.add(l.target);
    if (l.kind === 'R' || l.kind === 'E') l.args.forEach((arg) => refs.add(arg.ref));
    if (l.kind === 'E' && l.type !== STANCE) refs.add(l.trigger);
    if (l.kind === '*') l.refs.forEach((ref) => refs.add(ref));
  }
  return refs;
}

/** The file and its own line number of a line of `ann` (the part it came from, when joined). */
function placeOf(ann: AnnSource, line: number): { path: string; line: number } {
  const parts = ann.parts ?? [];
  for (let p = parts.length - 1; p >= 0; p--) {
    const part = parts[p];
    if (part && line >= part.from) return { path: part.path, line: line - part.from + 1 };
  }
  return { path: ann.path, line };
}
