import type { ErrorCollector, FormatDocument, FormatRelation, FormatSpan } from '../common';
import { annotationsOf, placeAnnotation, relationsOf, unplacedReason } from './biocAnnotation';
import {
  BIOC_UNITS,
  layOut,
  piecesOf,
  UNIT_NAMES,
  type BiocLayout,
  type BiocUnit,
} from './biocLayout';
import { elementIds } from './biocIds';
import { relationSignature, spanSignature } from './biocSignature';
import { XML_WORDS, type BiocWords } from './biocWords';
import {
  attributeOf,
  childrenNamed,
  childText,
  infonsOf,
  type BiocElement,
  type BiocNode,
} from './biocTree';

/** Where a document is read from, and where its problems and notes go. */
export interface BiocContext {
  readonly file: string;
  readonly errors: ErrorCollector;
  readonly warnings: string[];
  /** How messages name the file's parts (BioC XML's words unless given). */
  readonly words?: BiocWords;
}

/** A document read, with its element marked with what Loupe read from it and the unit its offsets counted. */
export interface ReadBioc {
  readonly doc: FormatDocument;
  readonly element: BiocElement;
  readonly unit: BiocUnit;
}

/** Annotations whose text disagrees said one by one per document; the rest are counted. */
const MISFITS_SAID = 5;

/** The infon key a label is read from (`type`, as PubTator and the BioC papers write it). */
export const LABEL_KEY = 'type';

/**
 * Reads one BioC `document`: its passages placed at their offsets make the text (a gap of one
 * a line break, longer ones spaces); its annotations (on passages, sentences or the document)
 * become spans labelled by their `type` infon (else their first infon, said), other infons the
 * spans' attributes; relations of two nodes naming annotations become relations. Offsets are
 * read in the first unit every annotation's `<text>` fits (code points, UTF-16, UTF-8 bytes).
 * Returns null after adding errors by line.
 */
export function readBiocDocument(
  element: BiocElement,
  name: string,
  context: BiocContext,
): ReadBioc | null {
  const { file, errors } = context;
  const words = context.words ?? XML_WORDS;
  const pieces = piecesOf(element);
  if (!Array.isArray(pieces)) {
    errors.add(file, pieces.line, pieces.reason);
    return null;
  }
  const annotations = annotationsOf(element);
  const unplaced = unplacedOf(annotations, words);
  const placeable = annotations.filter((a) => !unplaced.has(a));
  if (placeable.length > 0 && pieces.every((p) => p.text === '')) {
    errors.add(
      file,
      element.line ?? 0,
      `document ${name} has annotations but no text: its passages hold no ${words.text} (a BioC file made without the text, as annotation-only exports are); Loupe needs the text the annotations point into: import the collection with its passages' text`,
    );
    return null;
  }
  const chosen = chooseUnit(pieces, placeable);
  if ('overlap' in chosen) {
    errors.add(
      file,
      chosen.overlap.line,
      `passage at offset ${chosen.overlap.offset} overlaps the one at ${chosen.before.offset} (line ${chosen.before.line}); BioC passages of a document do not overlap: fix its ${words.offset}`,
    );
    return null;
  }
  const { layout, unit, packed } = chosen;
  if (packed)
    context.warnings.push(
      `${file}: document ${name}: its passages' ${words.offset}s disagree with its annotations' locations; the annotations fit with each passage one character after the one before (as PubTator lays out title and abstract), and were read so`,
    );
  if (unit !== 'codepoint')
    context.warnings.push(
      `${file}: document ${name}: offsets count ${UNIT_NAMES[unit]} (each annotation's text is the text there); read as characters and written back in ${UNIT_NAMES[unit]}`,
    );
  warnUnplaced(annotations, unplaced, `${file}: document ${name}`, context.warnings, words);
  const marks = new Map<BiocElement, Mark>();
  // Some annotations whose text is not the text at their locations are a corpus's slips, read
  // by their locations and said; none fitting is offsets Loupe cannot read.
  const strict = chosen.misfits === placeable.length;
  const spans = readSpans(annotations, unplaced, layout, { name, strict }, context, marks);
  if (spans === null) return null;
  const relationElements = relationsOf(element);
  const relations = readRelations(relationElements, spans.byAnnotation, marks);
  const kept = relationElements.length - relations.length;
  if (kept > 0)
    context.warnings.push(
      `${file}: document ${name}: ${kept} ${kept === 1 ? words.relation : words.relations} not between two of its annotations (relations of concept ids in infons with no nodes, as BC5CDR's CID, or nodes not naming two annotations) kept as written and written back by a BioC export, not shown`,
    );
  const title = childrenNamed(element, 'passage').find((p) =>
    /^(title|front)$/i.test(infonsOf(p).find(([k]) => k === LABEL_KEY)?.[1] ?? ''),
  );
  const titleText = title ? childText(title, 'text')?.trim() : undefined;
  return {
    doc: {
      name,
      text: layout.text,
      ...(titleText ? { title: titleText } : {}),
      spans: spans.list,
      relations,
      stances: [],
      entities: [],
      documentLabels: {},
    },
    element: marked(element, marks, textsOf(layout)),
    unit,
  };
}

/** Why each annotation with no place in the text has none (see `unplacedReason`). */
function unplacedOf(
  annotations: readonly BiocElement[],
  words: BiocWords,
): Map<BiocElement, string> {
  const unplaced = new Map<BiocElement, string>();
  for (const annotation of annotations) {
    const reason = unplacedReason(annotation, words);
    if (reason !== null) unplaced.set(annotation, reason);
  }
  return unplaced;
}

/** Says which annotations have no place in the text (kept as written, not shown), the first by id and line. */
function warnUnplaced(
  annotations: readonly BiocElement[],
  unplaced: ReadonlyMap<BiocElement, string>,
  where: string,
  warnings: string[],
  words: BiocWords,
): void {
  const n = annotations.findIndex((a) => unplaced.has(a));
  const first = annotations[n];
  if (!first) return;
  const count = unplaced.size;
  const name = attributeOf(first, 'id') ?? String(n + 1);
  warnings.push(
    `${where}: ${count} annotation${count === 1 ? '' : 's'} without a place in the text (annotation ${name}${words.at(first)}, line ${first.line ?? 0}, ${unplaced.get(first)}${count > 1 ? ', and others' : ''}) kept as written and written back by a BioC export, not shown: Loupe shows annotations that cover text`,
  );
}

interface Mark {
  readonly span?: string;
  readonly relation?: string;
  readonly signature: string;
}

type Chosen =
  | { layout: BiocLayout; unit: BiocUnit; packed: boolean; misfits: number }
  | { overlap: { offset: number; line: number }; before: { offset: number; line: number } };

/**
 * The first unit in which every annotation's text fits, at the passages' offsets, else with
 * the passages packed (see `layOut`); else the unit most fit at their offsets (the misfits are
 * then errors). Overlapping passages are refused before any of this.
 */
function chooseUnit(
  pieces: Parameters<typeof layOut>[0],
  annotations: readonly BiocElement[],
): Chosen {
  let best: { layout: BiocLayout; unit: BiocUnit; fit: number } | undefined;
  const ascii = pieces.every((p) => !/[^\x20-\x7E\t\n\r]/.test(p.text));
  const units = ascii ? BIOC_UNITS.slice(0, 1) : BIOC_UNITS;
  for (const packed of pieces.length > 1 ? [false, true] : [false])
    for (const unit of units) {
      const layout = layOut(pieces, unit, packed);
      if ('overlap' in layout) return layout;
      const fit = annotations.filter((a) => {
        const placed = placeAnnotation(a, layout);
        return 'fits' in placed && placed.fits;
      }).length;
      if (fit === annotations.length) return { layout, unit, packed, misfits: 0 };
      if (!packed && (!best || fit > best.fit)) best = { layout, unit, fit };
    }
  if (best)
    return {
      layout: best.layout,
      unit: best.unit,
      packed: false,
      misfits: annotations.length - best.fit,
    };
  return {
    layout: { text: '', chars: [], unitAt: Int32Array.of(0), placed: [] },
    unit: 'codepoint',
    packed: false,
    misfits: annotations.length,
  };
}

function readSpans(
  annotations: readonly BiocElement[],
  unplaced: ReadonlyMap<BiocElement, string>,
  layout: BiocLayout,
  { name, strict }: { name: string; strict: boolean },
  context: BiocContext,
  marks: Map<BiocElement, Mark>,
): { list: FormatSpan[]; byAnnotation: Map<string, string> } | null {
  const { file, errors } = context;
  const words = context.words ?? XML_WORDS;
  const before = errors.count;
  const list: FormatSpan[] = [];
  const byAnnotation = new Map<string, string>();
  const idOf = elementIds(annotations, 'a');
  const labelKeys = new Set<string>();
  let misfits = 0;
  for (const [n, annotation] of annotations.entries()) {
    if (unplaced.has(annotation)) continue; // kept as written, said by warnUnplaced
    const line = annotation.line;
    const own = attributeOf(annotation, 'id');
    const placed = placeAnnotation(annotation, layout);
    if ('reason' in placed) {
      errors.add(file, line, `annotation ${own ?? n + 1}${words.at(annotation)} ${placed.reason}`);
      continue;
    }
    if (!placed.fits) {
      const reason = `annotation ${own ?? n + 1}${words.at(annotation)}: its ${words.text} ${JSON.stringify(childText(annotation, 'text'))} is not the text at its locations (${JSON.stringify(placed.found)})`;
      if (strict) {
        errors.add(
          file,
          line,
          `${reason} counting offsets in characters, UTF-16 units or UTF-8 bytes; fix the locations or the text`,
        );
        continue;
      }
      if (++misfits <= MISFITS_SAID)
        context.warnings.push(
          `${file}:${line ?? 0}: ${reason}; read by its locations, and its element written back as it was`,
        );
    }
    const infons = infonsOf(annotation);
    const labelInfon = infons.find(([k]) => k === LABEL_KEY) ?? infons[0];
    if (!labelInfon || labelInfon[1].trim() === '') {
      errors.add(
        file,
        line,
        `annotation ${own ?? n + 1}${words.at(annotation)} has no infon to label it; BioC labels an annotation ${words.label}`,
      );
      continue;
    }
    labelKeys.add(labelInfon[0]);
    const id = idOf(own, n);
    if (own !== undefined) byAnnotation.set(own, id);
    const attributes = Object.fromEntries(infons.filter((i) => i !== labelInfon));
    const span: FormatSpan = {
      id,
      label: labelInfon[1].trim(),
      fragments: placed.fragments,
      ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    };
    list.push(span);
    marks.set(annotation, { span: id, signature: spanSignature(span) });
  }
  if (errors.count > before) return null;
  if (misfits > MISFITS_SAID)
    context.warnings.push(
      `${file}: document ${name}: ${misfits - MISFITS_SAID} more annotations whose text is not the text at their locations, read by their locations`,
    );
  const others = [...labelKeys].filter((k) => k !== LABEL_KEY);
  if (others.length > 0)
    context.warnings.push(
      `${file}: document ${name}: annotations without a "type" infon are labelled by their first infon (${others.map((k) => JSON.stringify(k)).join(', ')})`,
    );
  return { list, byAnnotation };
}

function readRelations(
  elements: readonly BiocElement[],
  byAnnotation: ReadonlyMap<string, string>,
  marks: Map<BiocElement, Mark>,
): FormatRelation[] {
  const relations: FormatRelation[] = [];
  const idOf = elementIds(elements, 'r');
  for (const [n, element] of elements.entries()) {
    const nodes = childrenNamed(element, 'node');
    if (nodes.length !== 2) continue;
    const [from, to] = nodes.map((node) => byAnnotation.get(attributeOf(node, 'refid') ?? ''));
    if (from === undefined || to === undefined) continue;
    const infons = infonsOf(element);
    const typeInfon = infons.find(([k]) => k === LABEL_KEY) ?? infons[0];
    if (!typeInfon || typeInfon[1].trim() === '') continue; // kept as written
    const own = attributeOf(element, 'id');
    const id = idOf(own, n);
    const [fromRole, toRole] = nodes.map((node) => attributeOf(node, 'role') ?? '');
    const attributes = Object.fromEntries(infons.filter((i) => i !== typeInfon));
    const relation: FormatRelation = {
      id,
      type: typeInfon[1].trim(),
      from,
      to,
      ...(fromRole ? { fromRole } : {}),
      ...(toRole ? { toRole } : {}),
      ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    };
    relations.push(relation);
    marks.set(element, { relation: id, signature: relationSignature(relation) });
  }
  return relations;
}

/** The `<text>` elements whose words are the document's at one place, with that place (`start:end`). */
function textsOf(layout: BiocLayout): Map<BiocElement, string> {
  const texts = new Map<BiocElement, string>();
  for (const { piece, start, end } of layout.placed) {
    const words = piece.source?.children;
    if (piece.source && words?.length === 1 && words[0] === piece.text && piece.text !== '')
      texts.set(piece.source, `${start}:${end}`);
  }
  return texts;
}

/**
 * A copy of `element` whose marked descendants carry their marks, and whose `<text>`s that are
 * the document's text at one place keep that place in place of their words.
 */
function marked(
  element: BiocElement,
  marks: ReadonlyMap<BiocElement, Mark>,
  texts: ReadonlyMap<BiocElement, string>,
): BiocElement {
  const { line: _line, at: _at, ...rest } = element;
  const textAt = texts.get(element);
  if (textAt !== undefined) return { ...rest, children: [], textAt };
  const mark = marks.get(element);
  const children = element.children.map((c): BiocNode =>
    typeof c === 'string' ? c : marked(c, marks, texts),
  );
  return { ...rest, children, ...(mark ?? {}) };
}
