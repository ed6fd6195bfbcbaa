import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { catLabels, catsOfLabels } from '../common/spacyCats';
import { LABEL } from './documentLabel';
import { ANSWERED_KEY } from './keptFields';

/** How a file wrote its category scores: JSON numbers as given (`1`), whole scores as floats (`1.0`, as spaCy's projects and srsly write Python floats) or booleans. */
export type CatsForm = 'int' | 'float' | 'bool';

/** What a record's spaCy `cats` keeps to be written back: its labels in the file's order and how it wrote the scores. */
export interface KeptCats {
  readonly keys: readonly string[];
  readonly form: CatsForm;
}

/**
 * spaCy's text categories (`"cats": {"baking": 1.0, "bread": 0.0}`, textcat and
 * textcat_multilabel training data) as document labels, as the spaCy DocBin reader gives them:
 * each category a label holding its score (`baking: "1"`, `bread: "0"`); the labels' order and
 * the form of the scores kept to write them back as they came.
 * @example readCats({ baking: 1, bread: 0 }, false) → { labels: { baking: '1', bread: '0' }, kept: { keys: ['baking', 'bread'], form: 'int' } }
 */
export function readCats(
  cats: Readonly<Record<string, number | boolean>>,
  floats: boolean,
): { labels: Record<string, string>; kept: KeptCats } {
  const values = Object.values(cats);
  const form = values.every((v) => typeof v === 'boolean') ? 'bool' : floats ? 'float' : 'int';
  return { labels: catLabels(cats), kept: { keys: Object.keys(cats), form } };
}

/**
 * Whether a record's line writes its category scores as floats (`1.0`), as spaCy's projects
 * and srsly write Python floats: the line the record starts on, or for a record laid over
 * several lines (a JSON list) the file's first `cats` object.
 */
export function catsAsFloats(content: string, line: string): boolean {
  const where = line.includes('"cats"') ? line : content.slice(0, 1 << 20);
  return /"cats"\s*:\s*\{\s*"(?:[^"\\]|\\.)*"\s*:\s*-?[0-9]+\.[0-9]/.test(where);
}

/** The `cats` a document kept (see {@link KeptCats}), or null. */
export function keptCatsOf(metadata: DocumentMetadata | undefined): KeptCats | null {
  const own = metadata?.[ANSWERED_KEY];
  const cats = isRecord(own) ? own.cats : undefined;
  if (!isRecord(cats) || !Array.isArray(cats.keys)) return null;
  const keys = cats.keys.filter((k): k is string => typeof k === 'string');
  const form = cats.form === 'float' || cats.form === 'bool' ? cats.form : 'int';
  return { keys, form };
}

/**
 * A document's `cats` JSON from its labels (a score, or a doccano category scored 1; Prodigy's
 * `label` is written apart): the categories it came with in their order, then the others,
 * each score as the file wrote them (floats `1.0` for a document that came with none); null
 * for a document without categories that came without `cats`.
 * @example catsJson({ bread: '1', baking: '0' }, { keys: ['baking', 'bread'], form: 'float' }) === '{"baking":0.0,"bread":1.0}'
 */
export function catsJson(
  documentLabels: Readonly<Record<string, string>>,
  kept: KeptCats | null,
): string | null {
  const { cats } = catsOfLabels(documentLabels, [LABEL]);
  const names = Object.keys(cats);
  if (names.length === 0 && !kept) return null;
  const first = (kept?.keys ?? []).filter((k) => Object.hasOwn(cats, k));
  const keys = [...first, ...names.filter((k) => !first.includes(k))];
  const form = kept?.form ?? 'float';
  return `{${keys.map((k) => `${JSON.stringify(k)}:${scoreJson(cats[k] ?? 0, form)}`).join(',')}}`;
}

function scoreJson(score: number, form: CatsForm): string {
  if (form === 'bool' && (score === 0 || score === 1)) return String(score === 1);
  if (form === 'float' && Number.isInteger(score) && Math.abs(score) < 1e15) return `${score}.0`;
  return JSON.stringify(score);
}
