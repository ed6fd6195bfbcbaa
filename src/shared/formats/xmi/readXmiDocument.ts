import { getOwn, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { createOffsetIndex, fragmentOf, utf16Units } from '../../spans';
import { baseName } from '../common';
import { emptyFormatDocument } from '../common/formatDocument';
import type {
  ErrorCollector,
  FormatDocument,
  FormatFile,
  FormatRelation,
  FormatSpan,
} from '../common';
import { inceptionOwner } from './inceptionOwner';
import { fingerprint, KEPT_XMI } from './keptXmi';
import { parseXmi, type XmiElement } from './parseXmi';
import { labelFeature, NAMED_ENTITY, PLACE_FEATURES, shortName, isStructure } from './xmiTypes';

const SOFA = 'uima.cas.Sofa';
const INITIAL_VIEW = '_InitialView';
/** The CAS's own frame: no feature points to these. */
const CAS_FRAME: ReadonlySet<string> = new Set([SOFA, 'uima.cas.View', 'uima.cas.NULL']);

/** A span read from an element, with the fingerprint an export knows it by. */
interface ReadSpan {
  readonly span: FormatSpan;
  readonly print: string;
}

/**
 * One UIMA CAS XMI file (INCEpTION's "UIMA CAS XMI" export, DKPro Core's XmiWriter) as one
 * document: the text of its initial view's sofa, every annotation on it with a label someone
 * chose (named entities, custom span layers, POS) as a span (label: the layer's label
 * feature, else its first feature, else its short name; other features as attributes, and
 * `layer` naming any type but named entities, as a WebAnno TSV import names them), relations
 * (`Governor` and `Dependent`) between such spans as relations, UTF-16 offsets as code
 * points. Every feature structure is kept as written under `$xmi` for the XMI export; what
 * Loupe does not show is named in `warnings`. A file with annotations of which none is read
 * is an error.
 * @example readXmiDocument({ path: 'a.xmi', content }, errors, warnings)?.spans[0]?.label === 'PERSON'
 */
export function readXmiDocument(
  file: FormatFile,
  errors: ErrorCollector,
  warnings: string[],
  typeSystem?: { readonly content: string; readonly labels: Readonly<Record<string, string>> },
): FormatDocument | null {
  const declared = typeSystem?.labels ?? {};
  const parsed = parseXmi(file, errors);
  if (!parsed) return null;
  const idOf = (e: XmiElement) => attribute(e, 'xmi:id');
  const sofa = parsed.elements.find(
    (e) => e.type === SOFA && (attribute(e, 'sofaID') ?? INITIAL_VIEW) === INITIAL_VIEW,
  );
  const text = sofa ? attribute(sofa, 'sofaString') : undefined;
  if (!sofa || text === undefined) {
    errors.add(
      file.path,
      sofa?.line,
      `holds no text: no cas:Sofa of the initial view with a sofaString (a document whose text is at a URI is not read); export the document from INCEpTION as "UIMA CAS XMI"`,
    );
    return null;
  }
  const sofaId = idOf(sofa);
  // Feature structures that are no annotation (a slot's link, an array): a feature naming
  // them by id is no label, and stays in the element as written. An annotation's number may
  // be a label ("1"), so ids of annotations do not count.
  const plain = new Set(
    parsed.elements
      .filter((e) => attribute(e, 'begin') === undefined && !CAS_FRAME.has(e.type))
      .map(idOf),
  );
  const isReference = (value: string) =>
    value === '' ||
    (/^\d+(\s+\d+)*$/.test(value) && value.split(/\s+/).every((id) => plain.has(id)));
  // Chain links (a coreference chain's mentions, `next` to the following one): Loupe has no
  // chains, so they are kept whole, as a WebAnno TSV import keeps them.
  const chained = new Set<string>();
  for (const e of parsed.elements)
    for (const key of ['next', 'first']) {
      const to = attribute(e, key);
      if (to !== undefined) chained.add(to);
      if (key === 'next' && to !== undefined) chained.add(idOf(e) ?? '');
    }
  const inChain = (e: XmiElement) =>
    chained.has(idOf(e) ?? '') || attribute(e, 'next') !== undefined;
  let chainLinks = 0;
  const index = createOffsetIndex(text);
  const length = text.length;
  const spans = new Map<string, ReadSpan>(); // by xmi:id, for relations (the first of a damaged file's twice-used id)
  const spanList: ReadSpan[] = [];
  const labelKeys: Record<string, string> = {}; // by type, the feature its label was read from
  const read = new Map<XmiElement, string>();
  const notes: string[] = [];
  let annotations = 0;
  for (const element of parsed.elements) {
    const begin = Number(attribute(element, 'begin'));
    const end = Number(attribute(element, 'end'));
    if (attribute(element, 'sofa') !== sofaId || !Number.isInteger(begin)) continue;
    if (isStructure(element.type) || isLink(element)) continue;
    if (inChain(element)) {
      chainLinks++;
      continue;
    }
    annotations++;
    if (!(begin >= 0 && end > begin && end <= length)) {
      notes.push(
        `${file.path}:${element.line}: a ${shortName(element.type)} annotation at ${begin}-${end} is kept with the document; ${end === begin ? 'a Loupe span covers at least one character' : `the text is ${length} UTF-16 units long`}`,
      );
      continue;
    }
    const { label, key, attributes } = labelled(
      element,
      isReference,
      getOwn(declared, element.type),
    );
    if (key !== undefined) setOwn(labelKeys, element.type, key);
    const place = `${begin}:${end}`;
    const start = index.toCodePoint(utf16Units(begin));
    const stop = index.toCodePoint(utf16Units(end));
    const id = `T${spanList.length + 1}`;
    const span: FormatSpan = { id, label, fragments: [fragmentOf(start, stop)], ...attributes };
    const print = fingerprint(element.type, place, label, attributes.attributes ?? {});
    const one = { span, print };
    spanList.push(one);
    const xmiId = idOf(element) ?? id;
    if (!spans.has(xmiId)) spans.set(xmiId, one);
    read.set(element, print);
  }
  if (chainLinks > 0)
    notes.push(
      `${file.path}: ${chainLinks} chain link${chainLinks === 1 ? '' : 's'} (Loupe has no chains) kept with the document, not shown`,
    );
  const relations: FormatRelation[] = [];
  const otherLinks = new Map<string, number>();
  for (const element of parsed.elements) {
    if (!isLink(element)) continue;
    const from = spans.get(attribute(element, 'Governor') ?? '');
    const to = spans.get(attribute(element, 'Dependent') ?? '');
    if (!from || !to) {
      otherLinks.set(element.type, (otherLinks.get(element.type) ?? 0) + 1);
      continue;
    }
    const { label, key, attributes } = labelled(
      element,
      isReference,
      getOwn(declared, element.type),
    );
    if (key !== undefined) setOwn(labelKeys, element.type, key);
    const ends = `${from.print}\u0001${to.print}`;
    relations.push({
      id: `R${relations.length + 1}`,
      type: label,
      from: from.span.id ?? '',
      to: to.span.id ?? '',
      ...attributes,
    });
    read.set(element, fingerprint(element.type, ends, label, attributes.attributes ?? {}));
  }
  if (spanList.length === 0 && annotations + chainLinks > 0) {
    errors.add(
      file.path,
      undefined,
      `holds ${annotations + chainLinks} annotation${annotations + chainLinks === 1 ? '' : 's'} but none Loupe can read as a span (${notes[0] ?? 'none covers text'})`,
    );
    return null;
  }
  for (const [type, count] of otherLinks)
    notes.push(
      `${file.path}: ${count} ${shortName(type)} relation${count === 1 ? '' : 's'} between annotations Loupe does not read as spans (tokens) kept with the document, not shown`,
    );
  warnings.push(...notes.slice(0, 20));
  if (notes.length > 20)
    warnings.push(`${file.path}: and ${notes.length - 20} more kept annotations`);
  const elements: string[][] = parsed.elements.map((e, i) => {
    const print = read.get(e);
    const gap = parsed.gaps[i] ?? '';
    return print === undefined ? [gap, e.source] : [gap, e.source, print];
  });
  const metadata: DocumentMetadata = {
    [KEPT_XMI]: {
      head: parsed.head,
      elements,
      tail: parsed.tail,
      labels: labelKeys,
      ...(typeSystem ? { typeSystem: typeSystem.content } : {}),
    },
  };
  const owner = inceptionOwner(file.path, parsed.elements);
  return {
    ...emptyFormatDocument(owner?.name ?? baseName(file.path), text),
    ...(owner ? { annotator: owner.annotator } : {}),
    spans: spanList.map((s) => s.span),
    relations,
    metadata,
  };
}

/** An attribute's value by name, or undefined. */
export function attribute(element: XmiElement, name: string): string | undefined {
  return element.attributes.find(([k]) => k === name)?.[1];
}

/** Whether an element is a relation between two annotations (`Governor` and `Dependent`). */
function isLink(element: XmiElement): boolean {
  return (
    attribute(element, 'Governor') !== undefined && attribute(element, 'Dependent') !== undefined
  );
}

/**
 * An annotation's label (its label feature, else its short name) and its other features as
 * attributes, with `layer` for any type but named entities.
 */
function labelled(
  element: XmiElement,
  isReference: (value: string) => boolean,
  declared: string | undefined,
): {
  label: string;
  key: string | undefined;
  attributes: { attributes?: Record<string, string> };
} {
  const features = element.attributes.filter(
    ([k, v]) =>
      !PLACE_FEATURES.has(k) &&
      k !== 'Governor' &&
      k !== 'Dependent' &&
      (k === declared || !isReference(v)),
  );
  const labelKey = labelFeature(
    element.type,
    features.map(([k]) => k),
    declared,
  );
  const attributes: Record<string, string> = {};
  let label: string | undefined;
  for (const [k, v] of features) {
    if (k === labelKey) label = v;
    else setOwn(attributes, k, v);
  }
  if (element.type !== NAMED_ENTITY) attributes.layer = element.type;
  return {
    label: label === undefined || label === '' ? shortName(element.type) : label,
    key: label === undefined && declared === undefined ? undefined : labelKey,
    attributes: Object.keys(attributes).length > 0 ? { attributes } : {},
  };
}
