import { fragmentOf, utf16Units, type Fragment } from '../../spans';
import type { JsonPathKey } from '../common';
import { paragraphName, type ParagraphLayout } from './paragraphs';
import type { PathProblem, SpanDraft } from './readAnnotation';
import { isLabelList, regionReading, spanDrafts } from './regionReading';
import type { LabelStudioResult } from './schema';
import { withoutSpaces } from './withoutSpaces';

/** The Paragraphs list a task's regions count from, and how messages name the task. */
export interface ParagraphContext {
  readonly layout: ParagraphLayout;
  /** `task 7` (its id), else `task 3` (its place in the file, from 1). */
  readonly task: string;
}

interface Reach {
  readonly first: number;
  readonly last: number;
  readonly startOffset: number;
  readonly endOffset: number;
}

type Unit = 'UTF-16 units' | 'code points';

/**
 * A `paragraphlabels` region as spans over the laid-out text (one per label): `value.start` and
 * `value.end` name paragraphs (`"2"`, counted from 0), `startOffset`/`endOffset` count UTF-16
 * units within them, as Label Studio's editor measures a selection. A region over several
 * paragraphs becomes one fragment per paragraph, so author names between them stay out.
 * `value.text`, when there, must be what the offsets cover (whitespace aside across
 * paragraphs, as Label Studio compares it); offsets that fit only as code points (a script's
 * predictions) are read so, with a warning.
 * @example {type:'paragraphlabels', id:'r1', value:{start:'0', end:'0', startOffset:0, endOffset:4, text:'Dont', paragraphlabels:['Negative']}} → span r1 Negative over "Dont"
 */
export function readParagraphRegion(
  context: ParagraphContext,
  result: LabelStudioResult,
  path: readonly JsonPathKey[],
  issues: { problems: PathProblem[]; warnings: PathProblem[] },
): SpanDraft[] | undefined {
  const { layout, task } = context;
  const { at, complain } = regionReading(task, result, path, issues.problems);
  const value = result.value;
  if (!value) return complain('a paragraphlabels result needs a value', path);
  const reach = reachOf(layout, value);
  if (typeof reach === 'string') return complain(reach);
  const wanted = typeof value.text === 'string' ? value.text : undefined;
  const read = coverAgreeing(layout, reach, wanted);
  if (read.problem !== undefined)
    return complain(read.problem, read.onText ? [...path, 'value', 'text'] : undefined);
  if (read.warning !== undefined)
    issues.warnings.push({ path: [...path, 'value'], reason: `${at}: ${read.warning}` });
  const labels = value.paragraphlabels;
  if (!isLabelList(labels)) return complain('value.paragraphlabels is not a list of labels');
  const id = String(result.id);
  return spanDrafts(id, labels, read.fragments);
}

/**
 * What a reach covers, checked against `value.text`: in UTF-16 units, else (when only they fit
 * the text) in code points, said in a warning; a whitespace-only difference within a paragraph
 * is said too. A problem when neither reading holds.
 */
function coverAgreeing(
  layout: ParagraphLayout,
  reach: Reach,
  wanted: string | undefined,
):
  | { fragments: Fragment[]; problem?: undefined; warning?: string }
  | { problem: string; onText: boolean } {
  const asUnits = cover(layout, reach, 'UTF-16 units');
  if (typeof asUnits !== 'string' && (wanted === undefined || agrees(asUnits.pieces, wanted))) {
    const [only] = asUnits.pieces;
    const spaced = wanted !== undefined && reach.first === reach.last && only !== wanted;
    if (!spaced) return { fragments: asUnits.fragments };
    const warning = `value.text ${JSON.stringify(wanted)} differs from ${JSON.stringify(only)} at these offsets only in whitespace; the offsets are kept`;
    return { fragments: asUnits.fragments, warning };
  }
  const asCodePoints = cover(layout, reach, 'code points');
  if (typeof asCodePoints !== 'string' && asCodePoints.pieces.join('') === wanted)
    return {
      fragments: asCodePoints.fragments,
      warning: `startOffset/endOffset fit value.text ${JSON.stringify(wanted)} only as code points (Label Studio counts UTF-16 units); read as code points`,
    };
  if (typeof asUnits === 'string') return { problem: asUnits, onText: false };
  return { problem: mismatch(layout, reach, asUnits.pieces, wanted ?? ''), onText: true };
}

/** Which paragraphs a region reaches and its offsets in them, or what is wrong with them. */
function reachOf(layout: ParagraphLayout, value: Record<string, unknown>): Reach | string {
  const count = layout.paragraphs.length;
  const name = `data.${layout.key}`;
  const indexes: number[] = [];
  for (const key of ['start', 'end'] as const) {
    const raw = value[key];
    const index = typeof raw === 'string' && /^\d+$/u.test(raw) ? Number(raw) : raw;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0)
      return `value.${key} ${JSON.stringify(raw ?? null)} is not a paragraph index (Label Studio writes "0", "1", … counting the paragraphs of ${name} from 0)`;
    if (index >= count)
      return `value.${key} ${JSON.stringify(raw)} names no paragraph: ${name} has ${count} (0 to ${count - 1}); export the task with its data from Label Studio again, or correct the index`;
    indexes.push(index);
  }
  const [first = 0, last = 0] = indexes;
  if (last < first) return `value.end ${last} comes before value.start ${first}`;
  const [startOffset, endOffset] = [value.startOffset, value.endOffset];
  for (const [key, offset] of [
    ['startOffset', startOffset],
    ['endOffset', endOffset],
  ] as const)
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0)
      return `value.${key} ${JSON.stringify(offset ?? null)} is not a non-negative integer`;
  return { first, last, startOffset: Number(startOffset), endOffset: Number(endOffset) };
}

/**
 * The fragments (document code points) and the paragraph texts a reach covers, its offsets
 * counted in `unit`; a message when an offset lies outside its paragraph or inside a character.
 */
function cover(
  layout: ParagraphLayout,
  reach: Reach,
  unit: Unit,
): { fragments: Fragment[]; pieces: string[] } | string {
  const fragments: Fragment[] = [];
  const pieces: string[] = [];
  for (let i = reach.first; i <= reach.last; i++) {
    const paragraph = layout.texts[i];
    if (!paragraph) return `${paragraphName(layout, i)} is missing`;
    const { text, index } = paragraph;
    const length = unit === 'code points' ? index.codePointLength : index.utf16Length;
    const from = i === reach.first ? reach.startOffset : 0;
    const to = i === reach.last ? reach.endOffset : length;
    const key = from > length ? 'startOffset' : 'endOffset';
    if (from > length || to > length)
      return `value.${key} ${Math.max(from, to)} is beyond ${paragraphName(layout, i)}, ${length} ${unit} long`;
    if (from > to || (reach.first === reach.last && from === to))
      return `value.startOffset ${from} is not before value.endOffset ${to} in ${paragraphName(layout, i)}`;
    const toPoint = (u: number) => {
      if (unit === 'code points') return u;
      return index.isUtf16Boundary(utf16Units(u)) ? index.toCodePoint(utf16Units(u)) : undefined;
    };
    const [start, end] = [toPoint(from), toPoint(to)];
    if (start === undefined || end === undefined)
      return `value.${start === undefined ? 'startOffset' : 'endOffset'} falls inside a character of ${paragraphName(layout, i)} (between the halves of a surrogate pair)`;
    if (start === end) continue;
    const base = layout.starts[i] ?? 0;
    fragments.push(fragmentOf(base + start, base + end));
    pieces.push([...text].slice(start, end).join(''));
  }
  if (fragments.length === 0) return 'the region covers no text';
  return { fragments, pieces };
}

/** Whether `value.text` is what the region covers, whitespace aside (Label Studio's selection adds line breaks between paragraphs, and compares so itself). */
function agrees(pieces: readonly string[], wanted: string): boolean {
  return withoutSpaces(pieces.join('')) === withoutSpaces(wanted);
}

function mismatch(
  layout: ParagraphLayout,
  reach: Reach,
  pieces: readonly string[],
  wanted: string,
): string {
  const where =
    reach.first === reach.last
      ? `${paragraphName(layout, reach.first)} has ${quote(pieces.join(''))} at ${reach.startOffset}-${reach.endOffset}`
      : `paragraphs ${reach.first} to ${reach.last} have ${quote(pieces.join(''))} from ${reach.startOffset} to ${reach.endOffset}`;
  return `value.text is ${quote(wanted)}, but ${where} (UTF-16 units, as Label Studio counts); the task's data is not the text these regions were drawn on: export the task with its data from Label Studio again, or correct value.text or the offsets`;
}

function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
}
