import { isRecord, setOwn } from '../../collections';
import { catLabels, catsOfLabels } from '../common/spacyCats';

/**
 * A paragraph's `cats` (`[{"label": "baking", "value": 1.0}, …]`, spaCy's JSON training
 * format) as document labels, each category holding its score, as the DocBin and spans JSONL
 * readers give them; null when the paragraph has none or they are not label/value pairs.
 * @example catsListLabels([{ label: 'baking', value: 1 }, { label: 'bread', value: 0 }]) → { baking: '1', bread: '0' }
 */
export function catsListLabels(value: unknown): Record<string, string> | null {
  if (!Array.isArray(value)) return null;
  const cats: Record<string, number | boolean> = {};
  for (const item of value) {
    if (!isRecord(item) || typeof item.label !== 'string') return null;
    if (typeof item.value !== 'number' && typeof item.value !== 'boolean') return null;
    setOwn(cats, item.label, item.value);
  }
  return catLabels(cats);
}

/**
 * A paragraph's `cats` from its document's labels (a score, or a doccano category scored 1):
 * the categories the paragraph came with in their order, then the others; null when it came
 * with none and has none, or came with `cats` Loupe did not read (left as they were).
 * @example catsList({ bread: '1', baking: '0' }, [{ label: 'baking', value: 1 }, { label: 'bread', value: 0 }]) → [{ label: 'baking', value: 0 }, { label: 'bread', value: 1 }]
 */
export function catsList(
  documentLabels: Readonly<Record<string, string>>,
  came: unknown,
): { label: string; value: number }[] | null {
  if (came !== undefined && catsListLabels(came) === null) return null;
  const { cats } = catsOfLabels(documentLabels);
  const names = Object.keys(cats);
  if (names.length === 0 && came === undefined) return null;
  const order = Array.isArray(came)
    ? came.flatMap((item) => (isRecord(item) && typeof item.label === 'string' ? [item.label] : []))
    : [];
  const first = order.filter((name) => Object.hasOwn(cats, name));
  const keys = [...first, ...names.filter((name) => !first.includes(name))];
  return keys.map((label) => ({ label, value: cats[label] ?? 0 }));
}
