import { isRecord } from '../../collections';
import { fragmentOf, utf16Units, type Fragment } from '../../spans';
import type { JsonPathKey } from '../common';
import { hyperTextLayout, nodeIndex, type HyperTextLayout } from './hyperText';
import type { PathProblem, SpanDraft } from './readAnnotation';
import { isLabelList, regionReading, spanDrafts } from './regionReading';
import { givenPredictions } from './schema';
import type { LabelStudioResult, LabelStudioTask } from './schema';

/** The HTML a task's regions count from, and how messages name the task. */
export interface HyperTextContext {
  readonly layout: HyperTextLayout;
  /** `task 7` (its id), else `task 3` (its place in the file, from 1). */
  readonly task: string;
  /** The value at a path of the file as written (its keys in the file's order), to keep a region's value as it came. */
  readonly asWritten?: (path: readonly JsonPathKey[]) => unknown;
}

/**
 * Whether a result is a region on HTML: a `hypertextlabels` result, or a `labels` one placed
 * by XPath or `globalOffsets` (a `<Labels>` control on a `<HyperText>` tag writes those).
 */
export function isHyperTextRegion(result: LabelStudioResult): boolean {
  if (result.type === 'hypertextlabels') return true;
  const value = result.value;
  if (result.type !== 'labels' || !value) return false;
  return (
    isRecord(value.globalOffsets) || (typeof value.start === 'string' && /^\//u.test(value.start))
  );
}

/**
 * A region on a HyperText task's HTML as spans over its text (one per label):
 * `value.globalOffsets` counts code points of the text Label Studio counts (see
 * {@link HyperTextLayout}); without them, `value.start`/`value.end` name text nodes by XPath
 * and `startOffset`/`endOffset` count UTF-16 units in them (Label Studio's own test
 * web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts: globalOffsets 23-27 and startOffset 13
 * for "test" after an emoji). `value.text`, the browser's rendering of the selection (its line
 * breaks written `\n`), must be the covered text, whitespace aside.
 * @example {type:'hypertextlabels', id:'r1', value:{globalOffsets:{start:0,end:3}, text:'IBM', hypertextlabels:['ORG']}} → span r1 ORG 0-3
 */
export function readHyperTextRegion(
  context: HyperTextContext,
  result: LabelStudioResult,
  path: readonly JsonPathKey[],
  issues: { problems: PathProblem[]; warnings: PathProblem[] },
): SpanDraft[] | undefined {
  const { layout, task } = context;
  const { at, complain } = regionReading(task, result, path, issues.problems);
  const value = result.value;
  if (!value) return complain(`a ${result.type} result needs a value`, path);
  const labels = value[result.type] ?? value.htmllabels;
  if (!isLabelList(labels)) return complain(`value.${result.type} is not a list of labels`);
  const wanted = typeof value.text === 'string' ? value.text : undefined;
  const global = isRecord(value.globalOffsets)
    ? globalFragment(layout, value.globalOffsets)
    : undefined;
  const byPath = xpathFragment(layout, value);
  const agrees = (f: Fragment) => wanted === undefined || sameText(covered(layout, f), wanted);
  let fragment: Fragment;
  if (typeof global === 'object' && agrees(global)) fragment = global;
  else if (typeof byPath === 'object' && agrees(byPath)) {
    fragment = byPath;
    if (global !== undefined)
      issues.warnings.push({
        path: [...path, 'value'],
        reason: `${at}: value.globalOffsets ${typeof global === 'string' ? `are wrong (${global})` : `cover ${quote(covered(layout, global))}`}, but value.start/end and their offsets cover value.text; read from those, as Label Studio reads them first`,
      });
  } else {
    const chosen = global ?? byPath;
    if (chosen === undefined)
      return complain(
        'a region on HTML needs value.globalOffsets {start, end} or value.start/end (XPaths of text nodes) with startOffset/endOffset',
      );
    if (typeof chosen === 'string') return complain(chosen);
    return complain(
      `value.text is ${quote(wanted ?? '')}, but ${global ? 'value.globalOffsets' : 'value.start/end'} ${chosen.start}-${chosen.end} cover ${quote(covered(layout, chosen))} of the HTML's text (its text nodes, as Label Studio counts them); the task's HTML is not the one these regions were drawn on: export the task with its data from Label Studio again, or correct value.text or the offsets`,
      [...path, 'value', 'text'],
    );
  }
  const id = String(result.id);
  return spanDrafts(id, labels, [fragment]);
}

/** The fragment `globalOffsets` name, or what is wrong with them. */
function globalFragment(
  layout: HyperTextLayout,
  offsets: Record<string, unknown>,
): Fragment | string {
  const { start, end } = offsets;
  const length = layout.index.codePointLength;
  if (!isOffset(start) || !isOffset(end))
    return `value.globalOffsets ${JSON.stringify(offsets)} are not two non-negative integers`;
  if (start >= end) return `value.globalOffsets.start ${start} is not before its end ${end}`;
  if (end > length)
    return `value.globalOffsets.end ${end} is beyond the HTML's text, ${length} characters long (code points of its text nodes, as Label Studio counts)`;
  return fragmentOf(start, end);
}

/** The fragment the XPaths and their offsets name, or what is wrong with them; undefined without XPaths. */
function xpathFragment(
  layout: HyperTextLayout,
  value: Record<string, unknown>,
): Fragment | string | undefined {
  const { start, end, startOffset, endOffset } = value;
  if (typeof start !== 'string' || typeof end !== 'string') return undefined;
  const from = pointOf(layout, start, startOffset, 'start');
  const to = pointOf(layout, end, endOffset, 'end');
  if (typeof from === 'string') return from;
  if (typeof to === 'string') return to;
  if (from >= to)
    return `value.start/startOffset (${from}) is not before value.end/endOffset (${to})`;
  return fragmentOf(from, to);
}

/** Where an XPath and its offset (UTF-16 units in that text node) lie in the text, in code points. */
function pointOf(
  layout: HyperTextLayout,
  xpath: string,
  offset: unknown,
  key: 'start' | 'end',
): number | string {
  const node = layout.byPath.get(xpath);
  if (!node) return `value.${key} ${JSON.stringify(xpath)} names no text node of the task's HTML`;
  const index = nodeIndex(node);
  const name = `${key}Offset`;
  if (!isOffset(offset) || offset > index.utf16Length)
    return `value.${name} ${JSON.stringify(offset ?? null)} is not an offset in ${xpath}, ${index.utf16Length} UTF-16 units long`;
  if (!index.isUtf16Boundary(utf16Units(offset)))
    return `value.${name} ${offset} falls inside a character of ${xpath} (between the halves of a surrogate pair)`;
  return node.start + index.toCodePoint(utf16Units(offset));
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function covered(layout: HyperTextLayout, f: Fragment): string {
  const { index, text } = layout;
  return text.slice(index.toUtf16(f.start), index.toUtf16(f.end));
}

/**
 * Whether `value.text` is the covered text, whitespace aside: the browser's selection collapses
 * and adds whitespace, and Label Studio writes its line breaks as a backslash and `n`.
 */
function sameText(text: string, wanted: string): boolean {
  const bare = (s: string) => s.replace(/\\n/gu, '').replace(/\s+/gu, '');
  return bare(text) === bare(wanted);
}

function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
}

/**
 * The layout of a task's HTML when its annotations or predictions hold regions on HTML (see
 * {@link isHyperTextRegion}): undefined when they hold none, a reason when the HTML cannot be
 * counted as Label Studio counts it.
 */
export function hyperTextOfTask(
  task: LabelStudioTask,
  key: string,
  html: string,
): HyperTextLayout | string | undefined {
  const lists = [task.annotations, task.completions, givenPredictions(task)];
  const region = lists
    .flatMap((list) => list ?? [])
    .flatMap((a) => a.result)
    .find(isHyperTextRegion);
  return region ? hyperTextLayout(key, html, region.type) : undefined;
}
