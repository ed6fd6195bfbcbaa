import { createOffsetIndex } from '../../spans';
import type { Fragment, OffsetIndex } from '../../spans';
import { Tally, tallyUnwritten, withoutKeptConll } from '../common';
import type { FormatBundle, FormatDocument, FormatSpan, WriteResult } from '../common';
import { isRecord, itemAt, setOwn } from '../../collections';
import { isTextField } from './textField';

/** The file Label Studio tasks are written to. */
export const LABEL_STUDIO_FILE = 'labelstudio.json';
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Writes Label Studio tasks (with the metadata they were imported with), one annotation each: spans as `labels` regions
 * (from_name `label`, to_name `text`, code point offsets, `value.text`), relations,
 * span notes as per-region `textarea` (`note`), text attributes as per-region `choices`,
 * document labels as `choices`. A discontinuous span becomes one region per fragment.
 * @example writeLabelStudio(bundle).files[0].path === 'labelstudio.json'
 */
export function writeLabelStudio(bundle: FormatBundle): WriteResult {
  const tally = new Tally();
  const tasks = bundle.documents.map((doc, i) => taskOf(doc, i, tally));
  const spans = bundle.documents.reduce((sum, doc) => sum + doc.spans.length, 0);
  return {
    files: [{ path: LABEL_STUDIO_FILE, content: `${JSON.stringify(tasks, null, 2)}\n` }],
    summary: {
      documents: bundle.documents.length,
      spans,
      stances: 0,
      notExpressed: tally.toRecord(),
    },
  };
}

/** A task with the metadata a Label Studio file came with (`id`, `meta`, other `data` fields) as it was. */
function taskOf(doc: FormatDocument, i: number, tally: Tally): object {
  const { data, id, ...rest } = withoutKeptConll(doc.metadata) ?? {};
  const fields: Record<string, unknown> = {};
  if (isRecord(data))
    for (const [key, value] of Object.entries(data))
      setOwn(fields, key, isTextField(value) ? doc.text : value);
  return {
    id: typeof id === 'number' || typeof id === 'string' ? id : i + 1,
    ...rest,
    // `text` too when the text came from another field: Loupe and Label Studio's default config read it.
    data: { ...fields, text: doc.text, name: doc.name },
    annotations: [{ result: results(doc, tally) }],
  };
}

function results(doc: FormatDocument, tally: Tally): object[] {
  tallyUnwritten(doc, tally, [
    'entity link',
    'stance',
    'event',
    'equivalence set',
    'columns kept from a CoNLL file',
  ]);
  tally.add(
    'discontinuous span written as separate regions',
    doc.spans.filter((s) => s.fragments.length > 1).length,
  );
  const index = createOffsetIndex(doc.text);
  const taken = new Set<string>();
  const regionOf = new Map<string, string>();
  const out: object[] = [];
  doc.spans.forEach((span, i) => {
    const ids = span.fragments.map((_, k) =>
      freshId(k === 0 ? span.id : undefined, `s${i + 1}${k === 0 ? '' : `-${k + 1}`}`, taken),
    );
    if (span.id !== undefined && ids[0]) regionOf.set(span.id, ids[0]);
    span.fragments.forEach((f, k) =>
      out.push(region(itemAt(ids, k), doc.text, index, f, span.label)),
    );
    const first = itemAt(span.fragments, 0);
    const place = { start: first.start, end: first.end };
    if (span.note !== undefined)
      out.push(perRegion(itemAt(ids, 0), 'textarea', 'note', { ...place, text: [span.note] }));
    for (const [name, value] of attributeChoices(span, tally)) {
      out.push(perRegion(itemAt(ids, 0), 'choices', name, { ...place, choices: [value] }));
    }
  });
  for (const r of doc.relations) {
    const [from, to] = [regionOf.get(r.from), regionOf.get(r.to)];
    if (!from || !to) {
      tally.add('relation referring to a span that was not written');
      continue;
    }
    if (r.note !== undefined) tally.add('relation note');
    out.push({ from_id: from, to_id: to, type: 'relation', direction: 'right', labels: [r.type] });
  }
  Object.entries(doc.documentLabels).forEach(([name, value]) => {
    out.push(
      perRegion(freshId(undefined, 'document-label', taken), 'choices', name, { choices: [value] }),
    );
  });
  return out;
}

function region(id: string, text: string, index: OffsetIndex, f: Fragment, label: string): object {
  const covered = text.slice(index.toUtf16(f.start), index.toUtf16(f.end));
  return {
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: f.start, end: f.end, text: covered, labels: [label] },
  };
}

function perRegion(id: string, type: string, fromName: string, value: object): object {
  return { id, from_name: fromName, to_name: 'text', type, value };
}

function attributeChoices(span: FormatSpan, tally: Tally): [string, string][] {
  const choices: [string, string][] = [];
  for (const [name, value] of Object.entries(span.attributes ?? {})) {
    if (typeof value === 'string' && value !== '') choices.push([name, value]);
    else tally.add('span attribute that is not a text value');
  }
  return choices;
}

function freshId(wanted: string | undefined, fallback: string, taken: Set<string>): string {
  let id = wanted !== undefined && SAFE_ID.test(wanted) && !taken.has(wanted) ? wanted : fallback;
  for (let n = 2; taken.has(id); n++) id = `${fallback}-${n}`;
  taken.add(id);
  return id;
}
