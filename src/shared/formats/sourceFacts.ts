import { getOwn, isRecord } from '../collections';
import type { DocumentMetadata, Span } from '../model';
import { keptBiocOf } from './bioc/keptBioc';
import { UNIT_NAMES } from './bioc/biocUnits';
import type { BiocElement } from './bioc/biocTree';
import { keptConllOf, KEPT_CONLL, KEPT_MAE } from './common/keptConll';
import { conllColumns } from './conllColumnFacts';
import { keptDocBinOf } from './common/keptDocBin';
import { keptHfFieldNames, keptHfOf } from './common/keptHf';
import { keptSpacyJsonOf, keptSpacyJsonSummary } from './common/keptSpacyJson';
import {
  KEPT_BIOC,
  KEPT_BRAT,
  KEPT_DOCCANO,
  KEPT_HF,
  KEPT_LABEL_STUDIO,
  KEPT_PRODIGY,
  KEPT_PUBTATOR,
  KEPT_SPACY_DOCBIN,
  KEPT_STANCE_TSV,
  KEPT_SPACY_JSON,
  KEPT_WEBANNO,
  KEPT_XMI,
} from './common/keptKeys';

/** One line of what a source file kept: a name and its value, as a person reads them. */
export interface SourceFact {
  readonly name: string;
  readonly value: string;
}

/** Facts under one heading (a span's attributes, a Label Studio region's fields, …). */
export interface SourceFacts {
  readonly heading: string;
  readonly facts: readonly SourceFact[];
}

/** What {@link spanFacts} reads of a span (a project's span, or one a format reader made). */
export type FactSpan = Pick<Span, 'fragments' | 'attributes' | 'normalizations'> &
  Partial<Pick<Span, 'id' | 'provenance'>>;

/** Most fields of an object shown one by one; an object with more is shown as JSON. */
const NESTED_SHOWN = 20;

/** Longest value shown; the rest is cut with an ellipsis (the file keeps it whole). */
const SHOWN = 240;

/**
 * What a document's source file kept beside its text, for the app to show: the file's own
 * fields (doccano's `meta`, Label Studio's `data` fields and task id) as they were, then what
 * Loupe keeps only to write the file back (a Label Studio annotation's fields, the CoNLL and
 * MAE layouts, WebAnno TSV's header and unread cells, Hugging Face records' other fields),
 * summed up; a PubTator file's relation lines (between concept IDs) one by one. Empty for a
 * document made in Loupe.
 * @example documentFacts({ doc_id: 17, meta: { source: 'wire' } })
 *   → [{ heading: 'Source file', facts: [{ name: 'doc_id', value: '17' }, { name: 'meta.source', value: 'wire' }] }]
 */
export function documentFacts(metadata: DocumentMetadata | undefined): SourceFacts[] {
  if (!metadata) return [];
  const own: SourceFact[] = [];
  for (const [name, value] of Object.entries(metadata)) {
    if (KEPT_LAYOUTS.has(name)) continue;
    // An object's fields one level down (`meta.source`), as files nest them: easier to read than JSON.
    const fields = isRecord(value) ? Object.entries(value) : [];
    if (fields.length > 0 && fields.length <= NESTED_SHOWN)
      for (const [field, inner] of fields)
        own.push({ name: `${name}.${field}`, value: shown(inner) });
    else own.push({ name, value: shown(value) });
  }
  const groups: SourceFacts[] = own.length > 0 ? [{ heading: 'Source file', facts: own }] : [];
  const relations = pubtatorRelations(metadata);
  if (relations.length > 0) groups.push({ heading: 'PubTator relations', facts: relations });
  const row = stanceRow(metadata);
  if (row.length > 0) groups.push({ heading: 'Stance table row', facts: row });
  const kept = keptLayoutFacts(metadata);
  return kept.length > 0 ? [...groups, { heading: 'Kept to write back', facts: kept }] : groups;
}

/**
 * What a span carries from its source that the inspector has no field for: its attributes
 * (brat's A lines), database references (brat's N lines), the suggestion it was accepted
 * from, its Label Studio region's own fields, and the CoNLL columns of its tokens.
 * @example spanFacts({ …span, attributes: { Negated: true } }, text, undefined)
 *   → [{ heading: 'Attributes', facts: [{ name: 'Negated', value: 'true' }] }]
 */
export function spanFacts(
  span: FactSpan,
  text: string,
  metadata: DocumentMetadata | undefined,
): SourceFacts[] {
  const groups: SourceFacts[] = [];
  const add = (heading: string, facts: readonly SourceFact[]): void => {
    if (facts.length > 0) groups.push({ heading, facts });
  };
  add(
    'Attributes',
    Object.entries(span.attributes ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) // as a project stores them
      .map(([name, value]) => ({ name, value: String(value) })),
  );
  add(
    'References',
    (span.normalizations ?? []).map((n) => ({
      name: `${n.db}:${n.key}`,
      value: cut(n.text ?? ''),
    })),
  );
  if (span.provenance) {
    const { annotator, confidence } = span.provenance;
    const sure = confidence === undefined ? '' : ` (confidence ${Math.round(confidence * 100)}%)`;
    add('Accepted suggestion', [{ name: 'From', value: `${annotator}${sure}` }]);
  }
  const regions = labelStudioOf(metadata)?.regions;
  const region = span.id === undefined || !isRecord(regions) ? undefined : getOwn(regions, span.id);
  if (isRecord(region))
    add(
      'Label Studio region',
      Object.entries(region).map(([name, value]) => ({ name, value: shown(value) })),
    );
  add('CoNLL columns', conllColumns(span, text, metadata));
  return groups;
}

/** Metadata keys that hold what Loupe keeps to write a format back, not the file's own fields. */
const KEPT_LAYOUTS: ReadonlySet<string> = new Set([
  KEPT_LABEL_STUDIO,
  KEPT_CONLL,
  KEPT_MAE,
  KEPT_BRAT,
  KEPT_PRODIGY,
  KEPT_WEBANNO,
  KEPT_HF,
  KEPT_PUBTATOR,
  KEPT_STANCE_TSV,
  KEPT_SPACY_JSON,
  KEPT_XMI,
  KEPT_DOCCANO,
  KEPT_SPACY_DOCBIN,
  KEPT_BIOC,
]);

/** A stance table row's target as written and its other cells (`ID`, `Opinion towards`, …), in the file's column order. */
function stanceRow(metadata: DocumentMetadata): SourceFact[] {
  const kept = metadata[KEPT_STANCE_TSV];
  if (!isRecord(kept) || !isRecord(kept.cells)) return [];
  const cells = kept.cells;
  const header = Array.isArray(kept.header) ? kept.header.map(String) : Object.keys(cells);
  const facts = header.flatMap((name) => {
    const value = getOwn(cells, name);
    return typeof value === 'string' ? [{ name, value: cut(value) }] : [];
  });
  return typeof kept.target === 'string'
    ? [{ name: 'Target', value: cut(kept.target) }, ...facts]
    : facts;
}

/**
 * The kept Label Studio record, read loosely (the app shows it; the Label Studio writer checks
 * it whole): this module stays free of the formats' schemas, which the app's first screen
 * does not load.
 */
function labelStudioOf(metadata: DocumentMetadata | undefined): Record<string, unknown> | null {
  const kept = metadata?.[KEPT_LABEL_STUDIO];
  return isRecord(kept) ? kept : null;
}

function countOfList(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function keptLayoutFacts(metadata: DocumentMetadata): SourceFact[] {
  const facts: SourceFact[] = [];
  const kept = labelStudioOf(metadata);
  if (kept) {
    const annotation = isRecord(kept.annotation) ? kept.annotation : {};
    const fields = Object.entries(annotation).map(([k, v]) => `${k} ${shown(v)}`);
    const results = countOfList(kept.results);
    const regions = isRecord(kept.regions) ? Object.keys(kept.regions).length : 0;
    const file = isRecord(kept.file) ? kept.file : undefined;
    const parts = [
      ...(file && typeof file.name === 'string' && typeof file.index === 'number'
        ? [`task ${file.index + 1} of ${file.name}`]
        : []),
      ...(kept.prediction === true ? ['a prediction'] : []),
      ...fields,
      ...(results > 0 ? [`${results} result${results === 1 ? '' : 's'} Loupe does not read`] : []),
      ...(regions > 0
        ? [
            `fields of ${regions} region${regions === 1 ? '' : 's'} (shown on ${regions === 1 ? 'its span' : 'their spans'})`,
          ]
        : []),
    ];
    facts.push({ name: 'Label Studio', value: cut(parts.join(' · ') || 'control names') });
  }
  const conll = keptConllOf(metadata);
  if (conll)
    facts.push({
      name: 'CoNLL',
      value: `${conll.columns} columns, tags in column ${conll.tag + 1} (${conll.scheme})`,
    });
  const mae = metadata[KEPT_MAE];
  if (isRecord(mae) && typeof mae.root === 'string') {
    const tags = countOfList(mae.kept) - countOfList(mae.documentLevel);
    facts.push({
      name: 'MAE',
      value: `task ${mae.root}${tags > 0 ? `, ${tags} tag${tags === 1 ? '' : 's'} Loupe does not model` : ''}`,
    });
  }
  const brat = metadata[KEPT_BRAT];
  const bratKept = isRecord(brat)
    ? [
        ...(brat.fragmentOrders === undefined ? [] : ['fragment order']),
        ...(brat.typedNotes === undefined ? [] : ['notes of their own types']),
        ...(brat.keptLines === undefined
          ? []
          : [`${countOfList(brat.keptLines)} lines Loupe does not model`]),
      ]
    : [];
  // The file's line order and spacing alone are no fact about the document.
  if (bratKept.length > 0) facts.push({ name: 'brat', value: bratKept.join(', ') });
  const prodigy = metadata[KEPT_PRODIGY];
  if (isRecord(prodigy))
    facts.push({ name: 'Prodigy', value: cut(Object.keys(prodigy).join(', ') || 'fields') });
  const webanno = metadata[KEPT_WEBANNO];
  if (isRecord(webanno) && typeof webanno.version === 'string') {
    const cells = countOfList(webanno.kept);
    facts.push({
      name: 'WebAnno TSV',
      value: `version ${webanno.version}, ${countOfList(webanno.layers)} layer${countOfList(webanno.layers) === 1 ? '' : 's'}${cells > 0 ? `, ${cells} cell${cells === 1 ? '' : 's'} Loupe does not model` : ''}`,
    });
    // Lines before the first sentence, as GUM's `#Summary1=(human) …`: each a fact of its own.
    for (const line of Array.isArray(webanno.preamble) ? webanno.preamble : []) {
      const field = typeof line === 'string' ? /^#([^=]+)=(.*)$/.exec(line) : null;
      if (field) facts.push({ name: field[1] ?? '', value: cut(field[2] ?? '') });
    }
  }
  const xmi = metadata[KEPT_XMI];
  if (isRecord(xmi) && Array.isArray(xmi.elements)) {
    const kept = xmi.elements.filter((e) => Array.isArray(e) && e.length === 2).length;
    facts.push({ name: 'UIMA CAS XMI', value: `${kept} feature structures kept as written` });
  }
  const hf = keptHfOf(metadata);
  if (hf) {
    const records = hf.records.length;
    const fields = keptHfFieldNames(hf);
    facts.push({
      name: 'Hugging Face',
      value: cut(
        `${records} record${records === 1 ? '' : 's'}${fields.length > 0 ? `, fields ${fields.join(', ')}` : ''}`,
      ),
    });
  }
  const pubtator = metadata[KEPT_PUBTATOR];
  if (isRecord(pubtator) && typeof pubtator.pmid === 'string') {
    const from = typeof pubtator.file === 'string' ? ` from ${pubtator.file}` : '';
    const lines = countOfList(pubtator.relations);
    facts.push({
      name: 'PubTator',
      value: cut(
        `PMID ${pubtator.pmid}${from}${lines > 0 ? `, ${lines} relation line${lines === 1 ? '' : 's'}` : ''}`,
      ),
    });
  }
  const spacy = keptSpacyJsonOf(metadata);
  if (spacy) facts.push({ name: 'spaCy JSON', value: cut(keptSpacyJsonSummary(spacy)) });
  const doccano = doccanoSummary(metadata);
  if (doccano) facts.push({ name: 'doccano', value: cut(doccano) });
  const bioc = keptBiocOf(metadata);
  if (bioc) {
    const unshown = [
      plural(unread(bioc.document, 'annotation'), 'annotation'),
      plural(unread(bioc.document, 'relation'), 'relation'),
    ].filter((p) => !p.startsWith('0 '));
    facts.push({
      name: 'BioC',
      value: cut(
        `document ${bioc.index + 1} of ${bioc.file}, offsets in ${UNIT_NAMES[bioc.unit]}${unshown.length > 0 ? `, ${unshown.join(' and ')} Loupe does not show` : ''}`,
      ),
    });
  }
  const docBin = keptDocBinOf(metadata);
  if (docBin) {
    const { words, columns, groups } = docBin;
    const names = groups.map((group) => group.key);
    facts.push({
      name: 'spaCy DocBin',
      value: cut(
        `${plural(words.length, 'token')}, ${plural(columns.length, 'other attribute column')}${names.length > 0 ? `, span groups ${names.join(', ')}` : ''}`,
      ),
    });
  }
  return facts;
}

/** The `<relation>`s of a kept BioC document Loupe did not read as relations (BC5CDR's, of concept ids). */
/** How many `annotation` (`relation`) elements a kept BioC element holds that Loupe did not read. */
function unread(element: BiocElement, name: 'annotation' | 'relation'): number {
  const read = name === 'annotation' ? element.span : element.relation;
  let count = element.name === name && read === undefined ? 1 : 0;
  for (const child of element.children) if (typeof child !== 'string') count += unread(child, name);
  return count;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** How a doccano file's place and form are said, by its kept form. */
const FILE_FORMS: ReadonlyMap<unknown, readonly [string, string]> = new Map([
  ['csv', ['row', 'CSV']],
  ['jsonl', ['record', 'JSON Lines']],
  ['json', ['record', 'JSON array']],
]);

/**
 * The shape a doccano record had, read loosely (the doccano writer checks it whole):
 * `entities` with ids and relations, or its line of a fastText file, row of a CSV file or record of a JSON Lines file or JSON array.
 */
function doccanoSummary(metadata: DocumentMetadata): string | null {
  const kept = metadata[KEPT_DOCCANO];
  if (!isRecord(kept)) return null;
  const parts: string[] = [];
  if (isRecord(kept.entities))
    parts.push(
      [
        kept.entities.objects === true
          ? 'spans as entity objects with ids'
          : 'spans under entities',
        ...(kept.entities.relations === true ? ['relations'] : []),
      ].join(', '),
    );
  const file = kept.file;
  if (isRecord(file) && typeof file.name === 'string' && typeof file.index === 'number') {
    const [place, form] = FILE_FORMS.get(file.form) ?? ['line', 'fastText'];
    parts.push(`${place} ${file.index + 1} of ${file.name} (${form})`);
  }
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Most PubTator relation lines shown; the rest are kept all the same. */
const RELATIONS_SHOWN = 50;

/** A PubTator document's relation lines: the type, then the concept IDs it joins (and any other column). */
function pubtatorRelations(metadata: DocumentMetadata): SourceFact[] {
  const kept = metadata[KEPT_PUBTATOR];
  const lines = isRecord(kept) && Array.isArray(kept.relations) ? kept.relations : [];
  return lines
    .slice(0, RELATIONS_SHOWN)
    .filter((line): line is string => typeof line === 'string')
    .map((line) => {
      const [, type = '', first = '', second = '', ...more] = line.split('\t');
      const others = more.length > 0 ? ` (${more.join(', ')})` : '';
      return { name: type, value: cut(`${first} and ${second}${others}`) };
    });
}

function shown(value: unknown): string {
  return cut(typeof value === 'string' ? value : JSON.stringify(value));
}

function cut(value: string): string {
  return value.length > SHOWN ? `${value.slice(0, SHOWN - 1)}…` : value;
}
