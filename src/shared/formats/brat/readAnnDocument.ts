import type { Entity } from '../../model';
import { createOffsetIndex } from '../../spans';
import { baseName, splitLines } from '../common';
import type { ErrorCollector, FormatDocument, FormatFile, FormatRelation } from '../common';
import { parseAnnLine } from './annLine';
import type { AnnLine } from './annLine';
import { resolveRef } from './annContext';
import type { AnnContext, SpanDraft } from './annContext';
import { readNormalizations } from './readNormalizations';
import { readSpan, readSpanAttribute, readSpanNote } from './readSpans';
import { readStances, STANCE } from './readStances';

type LineOf<K extends AnnLine['kind']> = Extract<AnnLine, { kind: K }>;

/**
 * Reads one brat document: its `.txt` and, when present, its `.ann`. Every problem goes
 * to `errors` (the document is then unusable); what Loupe cannot hold goes to `warnings`.
 * @example readAnnDocument({ path: 'a.txt', content: 'IBM' }, { path: 'a.ann', content: 'T1\tORG 0 3\tIBM' }, errors, warnings)
 */
export function readAnnDocument(
  txt: FormatFile,
  ann: FormatFile | undefined,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument {
  const text = txt.content;
  const empty = {
    name: baseName(txt.path),
    text,
    spans: [],
    relations: [],
    stances: [],
    entities: [],
    documentLabels: {},
  };
  if (!ann) return empty;
  const byId = new Map<string, AnnLine>();
  const ctx: AnnContext = {
    file: ann.path,
    text,
    index: createOffsetIndex(text),
    byId,
    spans: new Map<string, SpanDraft>(),
    entities: new Map<string, Entity>(),
    fail: (line, reason) => errors.add(ann.path, line, reason),
    warn: (line, reason) => warnings.push(`${ann.path}:${line}: ${reason}`),
  };
  const lines = parseLines(ctx, ann.content, byId);
  const of = <K extends AnnLine['kind']>(kind: K) =>
    lines.filter((l): l is LineOf<K> => l.kind === kind);
  for (const t of of('T')) readSpan(ctx, t);
  const seen = new Map<string, string>();
  const stanceAttributes: LineOf<'A'>[] = [];
  for (const a of of('A')) {
    const target = resolveRef(ctx, a, a.target, ['T', 'E']);
    if (target?.kind === 'T') readSpanAttribute(ctx, a, seen);
    if (target?.kind === 'E') stanceAttributes.push(a);
  }
  const otherNotes = new Map<string, string>();
  for (const n of of('#')) {
    const target = resolveRef(ctx, n, n.target, ['T', 'E', 'R']);
    if (n.type !== 'AnnotatorNotes')
      ctx.warn(n.line, `${n.id}: note type ${n.type} is read as AnnotatorNotes`);
    if (target?.kind === 'T') readSpanNote(ctx, n);
    else if (target)
      otherNotes.set(
        n.target,
        otherNotes.has(n.target) ? `${otherNotes.get(n.target)}\n${n.note}` : n.note,
      );
  }
  for (const n of of('N')) resolveRef(ctx, n, n.target, ['T']);
  readNormalizations(ctx, of('N'));
  for (const e of of('*')) {
    e.refs.forEach((ref) => resolveRef(ctx, e, ref, ['T']));
    ctx.warn(
      e.line,
      `${e.type} (*) lines are not imported; link the mentions to one entity instead`,
    );
  }
  const relations = readRelations(ctx, of('R'), otherNotes);
  const { stances, triggersOnly } = readStances(ctx, of('E'), stanceAttributes, otherNotes);
  const referenced = referencedOutsideTriggers(lines);
  const spans = [...ctx.spans.values()].filter(
    (s) => !(triggersOnly.has(s.id) && !referenced.has(s.id) && s.label === STANCE),
  );
  return { ...empty, spans, relations, stances, entities: [...ctx.entities.values()] };
}

function parseLines(ctx: AnnContext, content: string, byId: Map<string, AnnLine>): AnnLine[] {
  const lines: AnnLine[] = [];
  for (const numbered of splitLines(content)) {
    if (numbered.text.trim() === '') continue;
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

function readRelations(
  ctx: AnnContext,
  lines: readonly LineOf<'R'>[],
  notes: ReadonlyMap<string, string>,
): FormatRelation[] {
  const relations: FormatRelation[] = [];
  for (const r of lines) {
    const [from, to] = r.args.map((arg) => resolveRef(ctx, r, arg.ref, ['T']));
    if (!from || !to || !ctx.spans.has(from.id) || !ctx.spans.has(to.id)) continue;
    const note = notes.get(r.id);
    relations.push({
      id: r.id,
      type: r.type,
      from: from.id,
      to: to.id,
      ...(note === undefined ? {} : { note }),
    });
  }
  return relations;
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
