import { getOwn, setOwn } from '../../collections';
import { isCollectionFileName, type EventTypeDefinition } from '../../model';
import { baseName, bundleOf, ErrorCollector, inFileFolder, extensionOf, pathStem } from '../common';
import type { DeclaredVocabulary, FormatBundle, FormatDocument, FormatFile } from '../common';
import { KeptCollectionFiles } from './keptCollectionFiles';
import { readAnnotationConf } from './readAnnotationConf';
import { readAnnDocument } from './readAnnDocument';
import { readVisualConf } from './readVisualConf';
import type { AnnPart, AnnSource } from './readAnnDocument';

/** BioNLP Shared Task annotation parts brat reads, joined in this order, when a document has no `.ann`. */
export const PARTIAL_ANN_EXTENSIONS: readonly string[] = ['.a1', '.a2', '.co', '.rel'];

/**
 * Reads brat standoff: each `x.txt` with its `x.ann` (a `.txt` alone is a document
 * without annotations, an `.ann` alone is an error), or, as brat does, with the BioNLP Shared
 * Task parts `x.a1`, `x.a2`, `x.co`, `x.rel` joined in that order when there is no `x.ann`
 * (errors name the part and its own line); `annotation.conf` gives the labels, relation and event
 * types and attributes it declares, `visual.conf` the label colours (`declared`); brat's other
 * `.conf` files are skipped. These, `annotation.conf`, `visual.conf` and a README are kept
 * as they came (`collectionFiles`, bounded: see KeptCollectionFiles) for an export to write back. A document keeps the folder its `.txt` sat in below the folder
 * imported (`FormatFile.folder`: `esp` of `CoNLL-ST_2002/esp/x.txt`), so an export puts it back
 * there. Offsets are code
 * points. Throws FormatErrors listing every problem of the batch.
 * @example readBrat([{ path: 'a.txt', content: 'IBM' }, { path: 'a.ann', content: 'T1\tORG 0 3\tIBM\n' }])
 */
export function readBrat(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const texts = new Map<string, FormatFile>();
  const anns = new Map<string, AnnSource>();
  const partials = new Map<string, FormatFile[]>();
  const declared: DeclaredVocabulary[] = [];
  const kept = new KeptCollectionFiles(warnings);
  for (const file of files) {
    const extension = extensionOf(file.path);
    if (isCollectionFileName(file.path)) kept.add(file);
    if (extension === '.txt') texts.set(pathStem(file.path), file);
    else if (extension === '.ann') anns.set(pathStem(file.path), file);
    else if (PARTIAL_ANN_EXTENSIONS.includes(extension))
      partials.set(pathStem(file.path), [...(partials.get(pathStem(file.path)) ?? []), file]);
    else if (baseName(file.path) === 'annotation' && extension === '.conf')
      declared.push(readAnnotationConf(file, warnings));
    else if (baseName(file.path) === 'visual' && extension === '.conf')
      declared.push({
        labels: [],
        relationTypes: [],
        attributes: {},
        colors: readVisualConf(file),
      });
    else if (!isCollectionFileName(file.path) && extension !== '.conf')
      warnings.push(`${file.path}: not a brat .txt, .ann, .a1, .a2, .co or .rel file; ignored`);
  }
  for (const [stem, parts] of partials) {
    if (anns.has(stem)) {
      warnings.push(
        `${parts.map((p) => p.path).join(', ')}: ignored, as brat does, beside the joined ${stem}.ann`,
      );
      continue;
    }
    anns.set(stem, joinedParts(parts));
  }
  for (const [stem, ann] of anns) {
    const path = ann.parts?.[0]?.path ?? ann.path;
    if (!texts.has(stem))
      errors.add(
        path,
        undefined,
        `its text, ${stem}.txt, is not among the files imported (brat keeps a document's text beside its ${extensionOf(path)} file); import both files, or their folder`,
      );
  }
  const documents: FormatDocument[] = [];
  for (const [stem, txt] of texts)
    documents.push(inFileFolder(readAnnDocument(txt, anns.get(stem), errors, warnings), txt));
  errors.throwIfAny();
  const bundle = { ...bundleOf(documents, warnings), ...kept.bundled() };
  return declared.length > 0 ? { ...bundle, declared: joinedDeclarations(declared) } : bundle;
}

/** The names several `annotation.conf` files declare (a collection's folders may each have one), each once, in order (an event type as the first file declares it). */
function joinedDeclarations(all: readonly DeclaredVocabulary[]): DeclaredVocabulary {
  const attributes: Record<string, string[]> = {};
  for (const d of all)
    for (const [name, values] of Object.entries(d.attributes))
      setOwn(attributes, name, [...new Set([...(getOwn(attributes, name) ?? []), ...values])]);
  const colors: Record<string, string> = {};
  for (const d of all)
    for (const [label, color] of Object.entries(d.colors ?? {}))
      if (getOwn(colors, label) === undefined) setOwn(colors, label, color);
  const eventTypes = new Map<string, EventTypeDefinition>();
  for (const event of all.flatMap((d) => d.eventTypes ?? []))
    if (!eventTypes.has(event.name)) eventTypes.set(event.name, event);
  return {
    labels: [...new Set(all.flatMap((d) => d.labels))],
    relationTypes: [...new Set(all.flatMap((d) => d.relationTypes))],
    attributes,
    ...(eventTypes.size > 0 ? { eventTypes: [...eventTypes.values()] } : {}),
    ...(Object.keys(colors).length > 0 ? { colors } : {}),
  };
}

/** A document's partial annotation files as one, in brat's order, each line traced to its part. */
function joinedParts(files: readonly FormatFile[]): AnnSource {
  const rank = (f: FormatFile): number => PARTIAL_ANN_EXTENSIONS.indexOf(extensionOf(f.path));
  const sorted = [...files].sort((a, b) => rank(a) - rank(b));
  let content = '';
  let unskipped = '';
  let line = 1;
  const parts: AnnPart[] = [];
  for (const file of sorted) {
    parts.push({ path: file.path, from: line });
    // A part some of whose lines were left out as invalid (skip invalid) ends as it was.
    const was = file.unskipped ?? file.content;
    const end = was === '' || was.endsWith('\n') ? '' : '\n';
    content += `${file.content}${end}`;
    unskipped += `${was}${end}`;
    line += `${was}${end}`.split('\n').length - 1;
  }
  const path = sorted.map((f) => f.path).join(' + ');
  const left = sorted.some((f) => f.unskipped !== undefined);
  return { path, content, parts, ...(left ? { unskipped } : {}) };
}
