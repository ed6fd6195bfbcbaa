import { fragmentOf, type Fragment, type OffsetIndex } from '../../spans';
import { fitsAsUtf16, formatPath, fragmentProblem, isJsonValue, textMismatch } from '../common';
import type { FormatRelation, FormatSpan, JsonPathKey } from '../common';
import type { DocumentMetadata } from '../../model';
import type { LabelStudioAnnotation, LabelStudioResult } from './schema';
import { setOwn } from '../../collections';
import {
  DEFAULT_NAMES,
  numberedNames,
  extraFields,
  resultKey,
  type KeptAnnotation,
} from './keptAnnotation';
import { withoutSpaces } from './withoutSpaces';
import { readParagraphRegion, type ParagraphContext } from './readParagraphRegion';
import { spanDrafts } from './regionReading';
import {
  isHyperTextRegion,
  readHyperTextRegion,
  type HyperTextContext,
} from './readHyperTextRegion';

/** A problem at a path inside the file, turned into a line later. */
export interface PathProblem {
  readonly path: readonly JsonPathKey[];
  readonly reason: string;
}

/** What one annotation holds in Loupe's terms, and what is kept for Label Studio alone. */
export interface AnnotationReading {
  readonly spans: FormatSpan[];
  readonly relations: FormatRelation[];
  readonly documentLabels: Record<string, string>;
  readonly kept: KeptAnnotation;
}

/** A span being read, its attributes and note still to come from per-region results. */
export type SpanDraft = { -readonly [K in keyof FormatSpan]: FormatSpan[K] } & { id: string };

/**
 * Reads an annotation's results: `labels` regions (a Paragraphs task's `paragraphlabels`,
 * see {@link readParagraphRegion}) → spans (one per label), `relation`
 * → relations (one per label; `left` reversed, `bi` kept as the attribute `direction`),
 * per-region `choices` → attributes and the first per-region `textarea` → notes (several
 * lines joined by newlines, the list kept to be written back), other
 * `choices` → document labels (several values as `name`, `name 2`, …). Offsets are code
 * points, checked against `value.text`. Results of other kinds, the controls' names and the
 * annotation's own fields are kept (`kept`) to be written back. Problems and warnings carry
 * the path of the offending result.
 * @example {type:'labels', id:'r1', value:{start:0,end:3,text:'IBM',labels:['ORG']}} → span r1 ORG 0-3
 */
export function readAnnotation(
  text: string,
  index: OffsetIndex,
  annotation: LabelStudioAnnotation,
  at: readonly JsonPathKey[],
  problems: PathProblem[],
  warnings: PathProblem[],
  paragraphs?: ParagraphContext,
  hyperText?: HyperTextContext,
): AnnotationReading {
  const regions = new Map<string, SpanDraft[]>();
  const documentLabels: Record<string, string> = {};
  const relations: FormatRelation[] = [];
  const kept = keptFieldsOf(annotation);
  // A Paragraphs task's regions are paragraphlabels; its labels results mark audio or video.
  const isRegion = (result: LabelStudioResult) =>
    paragraphs
      ? result.type === 'paragraphlabels'
      : hyperText
        ? isHyperTextRegion(result)
        : result.type === 'labels';
  const results = withRegionIds(annotation.result, isRegion).map((result, i) => ({
    result,
    path: [...at, 'result', i],
  }));
  for (const { result, path } of results) {
    if (!isRegion(result)) continue;
    const issues = { problems, warnings };
    const spans = paragraphs
      ? readParagraphRegion(paragraphs, result, path, issues)
      : hyperText
        ? readHyperTextRegion(hyperText, result, path, issues)
        : readRegion(text, index, result, path, issues);
    const key = String(result.id ?? '');
    if (regions.has(key))
      problems.push({
        path,
        reason: `${formatPath(path)}: duplicate region id ${JSON.stringify(key)}`,
      });
    else if (spans) {
      regions.set(key, spans);
      keepNames(kept, result, spans);
      const value = hyperText?.asWritten?.([...path, 'value']) ?? result.value;
      if (hyperText && isJsonValue(value)) setOwn((kept.values ??= {}), key, JSON.stringify(value));
    }
  }
  for (const { result, path } of results) {
    if (isRegion(result)) continue;
    const region = result.id === undefined ? undefined : regions.get(String(result.id))?.[0];
    if (result.type === 'relation') {
      readRelation(result, regions, path, { problems, warnings }, relations);
      // A labeling config with <Relations> writes labels: [] on an unlabelled relation; one without, no labels.
      if (result.labels?.length === 0) kept.emptyLabels = true;
    } else if (result.type === 'choices') {
      const choices = readChoices(result, path, warnings);
      if (choices.length === 0) continue;
      keepTo(kept, result);
      if (choices.length > 1)
        kept.multiple = [...new Set([...(kept.multiple ?? []), nameOf(result)])];
      const named = numberedNames(nameOf(result), choices.length);
      if (region) {
        const attributes = { ...region.attributes };
        named.forEach((name, k) => setOwn(attributes, name, choices[k] ?? ''));
        region.attributes = attributes;
      } else {
        named.forEach((name, k) => setOwn(documentLabels, name, choices[k] ?? ''));
        keepChoices(kept, result);
      }
    } else if (result.type === 'textarea' && region && region.note === undefined) {
      const lines = result.value?.text ?? [];
      region.note = [lines].flat().join('\n');
      if (!Array.isArray(lines) || lines.length !== 1) {
        const texts = { ...kept.noteTexts };
        setOwn(texts, region.id, lines);
        kept.noteTexts = texts;
      }
      if (nameOf(result) !== DEFAULT_NAMES.note) kept.note = nameOf(result);
      keepTo(kept, result);
    } else {
      if (isJsonValue(result)) kept.results = [...(kept.results ?? []), result];
      warnings.push({
        path,
        reason: `a ${result.type} result${region ? '' : ' not tied to a region'} is kept as it was and written back to Label Studio; Loupe does not show it`,
      });
    }
  }
  if (results.length > 1) kept.resultOrder = results.map(({ result }) => resultKey(result));
  return { spans: [...regions.values()].flat(), relations, documentLabels, kept };
}

/**
 * The results, each region without an id given one: Label Studio imports pre-annotations whose
 * results have none and makes ids up (its import guide and maintainers say ids are not needed).
 * The id is `r` and the result's place (1, 2, …), with `-2`, `-3`… when the file holds that id
 * already; nothing else can name such a region (a relation needs ids at both ends).
 * @example withRegionIds([{ type: 'labels', value }], isRegion) → [{ id: 'r1', type: 'labels', value }]
 */
function withRegionIds(
  results: readonly LabelStudioResult[],
  isRegion: (result: LabelStudioResult) => boolean,
): LabelStudioResult[] {
  const taken = new Set(results.flatMap((r) => (r.id === undefined ? [] : [String(r.id)])));
  return results.map((result, i) => {
    if (result.id !== undefined || !isRegion(result)) return result;
    let id = `r${i + 1}`;
    for (let k = 2; taken.has(id); k++) id = `r${i + 1}-${k}`;
    taken.add(id);
    return { id, ...result };
  });
}

/** The annotation's own fields (all but its result), kept to be written back. */
function keptFieldsOf(annotation: LabelStudioAnnotation): KeptAnnotation {
  const fields: Record<string, DocumentMetadata[string]> = {};
  for (const [key, value] of Object.entries(annotation))
    if (key !== 'result' && isJsonValue(value)) setOwn(fields, key, value);
  return Object.keys(fields).length > 0 ? { annotation: fields } : {};
}

/** Records a labels region's control names where they are not Loupe's, and its other fields. */
function keepNames(kept: KeptAnnotation, result: LabelStudioResult, spans: SpanDraft[]): void {
  const extra = extraFields(result, false);
  if (extra) {
    const regions = { ...kept.regions };
    setOwn(regions, String(result.id), extra);
    kept.regions = regions;
  }
  const from = result.from_name;
  if (from !== undefined && from !== DEFAULT_NAMES.labels) {
    const labels = { ...kept.labels };
    for (const span of spans) setOwn(labels, span.label, from);
    kept.labels = labels;
  }
  keepTo(kept, result);
}

/** Records a document choices result's id and other fields, to write it back as it was. */
function keepChoices(kept: KeptAnnotation, result: LabelStudioResult): void {
  const extra = extraFields(result, true);
  if (!extra) return;
  const choices = { ...kept.choices };
  setOwn(choices, nameOf(result), extra);
  kept.choices = choices;
}

function keepTo(kept: KeptAnnotation, result: LabelStudioResult): void {
  const [from, to] = [result.from_name, result.to_name];
  if (from === undefined || to === undefined || to === DEFAULT_NAMES.object) return;
  const names = { ...kept.to };
  setOwn(names, from, to);
  kept.to = names;
}

function readRegion(
  text: string,
  index: OffsetIndex,
  result: LabelStudioResult,
  path: readonly JsonPathKey[],
  issues: { problems: PathProblem[]; warnings: PathProblem[] },
): SpanDraft[] | undefined {
  const { problems, warnings } = issues;
  const value = result.value;
  const complain = (reason: string, where: readonly JsonPathKey[] = path) => {
    problems.push({ path: where, reason: `${formatPath(path)}: ${reason}` });
    return undefined;
  };
  if (!value) return complain('a labels result needs a value');
  const problem = fragmentProblem(value.start, value.end, index.codePointLength);
  if (problem) return complain(`value: ${problem}`, [...path, 'value']);
  const fragment = fragmentAgreeing(
    text,
    index,
    fragmentOf(Number(value.start), Number(value.end)),
    value.text,
    { path, problems, warnings },
  );
  if (!fragment) return undefined;
  if (!value.labels || value.labels.length === 0)
    return complain('value.labels is empty', [...path, 'value']);
  const id = String(result.id);
  return spanDrafts(id, value.labels, [fragment]);
}

/**
 * The fragment of a region checked against its `value.text`: as given when they agree or
 * differ only in whitespace (warned), moved when one end is off (warned), else undefined
 * with the disagreement as a problem.
 */
function fragmentAgreeing(
  text: string,
  index: OffsetIndex,
  fragment: Fragment,
  wanted: string | string[] | undefined,
  issues: { path: readonly JsonPathKey[]; problems: PathProblem[]; warnings: PathProblem[] },
): Fragment | undefined {
  const { path, problems, warnings } = issues;
  const expected = text.slice(index.toUtf16(fragment.start), index.toUtf16(fragment.end));
  if (typeof wanted !== 'string' || wanted === expected) return fragment;
  const at = `${fragment.start}-${fragment.end}`;
  // Label Studio draws a region by its offsets: a value.text with a space at an end they leave
  // out (the selection's, as in javierosorio/LEOKA_ML's exports) does not widen the span; a
  // space the offsets take at an end and value.text does not is left out (whitespace alone).
  if (wanted.trim() === expected.trim() && expected.trim() !== '') {
    const lead = expected.length - expected.trimStart().length;
    const trail = expected.length - expected.trimEnd().length;
    const words = fragmentOf(fragment.start + lead, fragment.end - trail);
    const kept =
      lead + trail === 0
        ? 'the offsets are kept'
        : `the span leaves it out (${words.start}-${words.end})`;
    warnings.push({
      path: [...path, 'value'],
      reason: `value.text ${JSON.stringify(wanted)} differs from the document's ${JSON.stringify(expected)} at ${at} only in whitespace at its ends; ${kept}`,
    });
    return words;
  }
  const repaired = followText(text, index, fragment, wanted);
  if (repaired) {
    warnings.push({
      path: [...path, 'value'],
      reason: `value.start/end ${at} cover ${JSON.stringify(expected)}, but value.text is ${JSON.stringify(wanted)}; the span follows value.text (${repaired.start}-${repaired.end})`,
    });
    return repaired;
  }
  if (withoutSpaces(wanted) === withoutSpaces(expected)) {
    warnings.push({
      path: [...path, 'value'],
      reason: `value.text ${JSON.stringify(wanted)} differs from the document's ${JSON.stringify(expected)} at ${at} only in whitespace; the offsets are kept`,
    });
    return fragment;
  }
  const mismatch = textMismatch(expected, wanted, fitsAsUtf16(text, [fragment], wanted));
  problems.push({
    path: [...path, 'value', 'text'],
    reason: `${formatPath(path)}: value.${mismatch}`,
  });
  return undefined;
}

/**
 * Where `value.text` lies when one end of the offsets is right (Label Studio 0.x's own
 * example has `end` one short of its "February 22"): from the start, or up to the end.
 */
function followText(
  text: string,
  index: OffsetIndex,
  fragment: Fragment,
  wanted: string,
): Fragment | undefined {
  const length = [...wanted].length;
  if (length === 0) return undefined;
  const candidates = [
    fragmentOf(fragment.start, fragment.start + length),
    fragmentOf(Math.max(0, fragment.end - length), fragment.end),
  ];
  return candidates.find(
    (f) =>
      f.end <= index.codePointLength &&
      text.slice(index.toUtf16(f.start), index.toUtf16(f.end)) === wanted,
  );
}

function readRelation(
  result: LabelStudioResult,
  regions: ReadonlyMap<string, SpanDraft[]>,
  path: readonly JsonPathKey[],
  issues: { problems: PathProblem[]; warnings: PathProblem[] },
  relations: FormatRelation[],
): void {
  const { problems } = issues;
  const [from, to] = [result.from_id, result.to_id].map((ref) =>
    ref === undefined ? undefined : regions.get(String(ref))?.[0],
  );
  if (!from || !to) {
    const [name, ref] = from ? ['to_id', result.to_id] : ['from_id', result.from_id];
    problems.push({
      path,
      reason: `${formatPath(path)}: ${name} ${JSON.stringify(ref)} is not a region of this annotation`,
    });
    return;
  }
  const types = result.labels && result.labels.length > 0 ? result.labels : [UNLABELLED];
  const [a, b] = result.direction === 'left' ? [to, from] : [from, to];
  const attributes = result.direction === 'bi' ? { attributes: { direction: 'bi' } } : {};
  for (const type of types) relations.push({ type, from: a.id, to: b.id, ...attributes });
}

/** The type of a relation without labels (Label Studio draws it as a bare arrow). */
export const UNLABELLED = 'relation';

function nameOf(result: LabelStudioResult): string {
  return result.from_name ?? 'choice';
}

function readChoices(
  result: LabelStudioResult,
  path: readonly JsonPathKey[],
  warnings: PathProblem[],
): string[] {
  const choices = result.value?.choices ?? [];
  if (choices.length === 0)
    warnings.push({ path, reason: 'a choices result without choices is not imported' });
  return choices;
}
