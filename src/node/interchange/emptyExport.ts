import {
  keptConllOf,
  keptDocBinOf,
  keptHfOf,
  keptSpacyJsonOf,
  splitPartDocuments,
  type FormatBundle,
  type FormatDocument,
  type SplitOptions,
} from '../../shared/formats';
import { countOf } from '../../shared/text';
import { NothingToExportError } from './nothingToExport';

/**
 * Training files: one of them holding no annotation teaches nothing. The other formats are also
 * a tool's input (Prodigy's tasks, brat, doccano, Label Studio…), texts to annotate there: they
 * write texts alone, and say so.
 */
const TRAINING_FORMATS: readonly string[] = ['spacy', 'spacy-json', 'conll', 'hf'];

/** What the flag that writes an empty export anyway is called, where the refusal names it. */
const ALLOW = '--allow-empty';

/**
 * Spans, relations, stances and document labels: what a training file or a tool learns from. A
 * document read from a token file counts once for the columns it keeps (a CoNLL-U treebank's
 * POS and dependencies, a DocBin's tags, a dataset's `pos_tags`): written back, not empty.
 */
function annotationsIn(documents: readonly FormatDocument[]): number {
  return documents.reduce(
    (n, d) =>
      n +
      d.spans.length +
      d.relations.length +
      d.stances.length +
      Object.keys(d.documentLabels).length +
      (keptColumns(d) ? 1 : 0),
    0,
  );
}

function keptColumns(d: FormatDocument): boolean {
  const { metadata } = d;
  return (
    keptConllOf(metadata) !== null ||
    keptDocBinOf(metadata) !== null ||
    keptHfOf(metadata) !== null ||
    keptSpacyJsonOf(metadata) !== null
  );
}

/**
 * Refuses a training file (spaCy, CoNLL, Hugging Face) whose documents hold no annotation at
 * all (no span, relation, stance or document label): a training set of texts alone is almost
 * always a mistake (the wrong layer, `--labels` that match nothing). `allowEmpty` writes it;
 * other formats write texts alone too (texts to annotate in brat, doccano, Label Studio,
 * Prodigy); either way the warnings returned say the export holds no annotation.
 * @example refuseNoAnnotations('conll', full, bundle, ['bo'], undefined, false) throws `nothing to export: the 2 documents of bo's layer hold no span…`
 */
export function refuseNoAnnotations(
  format: string,
  full: FormatBundle,
  bundle: FormatBundle,
  layers: readonly string[],
  labels: readonly string[] | undefined,
  allowEmpty: boolean,
): string[] {
  if (annotationsIn(bundle.documents) > 0) return [];
  if (allowEmpty || !TRAINING_FORMATS.includes(format))
    return [
      `the export holds no annotation, only the texts of ${countOf(bundle.documents.length, 'document')}${allowEmpty ? ' (--allow-empty)' : ''}`,
    ];
  const whose = `${layers.join(', ')}'s layer${layers.length > 1 ? 's' : ''}`;
  const documents = countOf(bundle.documents.length, 'document');
  const hold = bundle.documents.length === 1 ? 'holds' : 'hold';
  if (labels && annotationsIn(full.documents) > 0)
    throw new NothingToExportError(
      `nothing to export: --labels ${labels.join(',')} left out every span of the ${documents} of ${whose}: choose labels its spans have, or give ${ALLOW} to write the texts without annotations`,
    );
  throw new NothingToExportError(
    `nothing to export: the ${documents} of ${whose} ${hold} no span, relation, stance or document label: annotate them or choose another layer (--annotator NAME), or give ${ALLOW} to write the texts without annotations`,
  );
}

/**
 * Checks each part of a split before anything is written: a part given a share that too few
 * documents leave empty is refused (a training run on an empty dev or test part fails or,
 * worse, reports nothing), unless `allowEmpty`; then it is written and said. A part holding
 * documents but no annotation is said too. Returns the warnings.
 * @example emptySplitParts(bundle, { ratios: [80, 10, 10], seed: 0 }, '80/10/10', false) throws for 3 documents
 */
export function emptySplitParts(
  bundle: FormatBundle,
  split: SplitOptions,
  splitText: string,
  allowEmpty: boolean,
): string[] {
  const parts = splitPartDocuments(bundle, split);
  const empty = parts.filter((part) => part.documents.length === 0).map((part) => part.name);
  if (empty.length > 0 && !allowEmpty) {
    const names = empty.join(' and ');
    throw new NothingToExportError(
      `nothing to export in ${names}: --split ${splitText} of ${countOf(bundle.documents.length, 'document')} (documents of one text go together) leaves ${names} without a document: export more documents, give ${names} a larger share or none (train/test: 90/10), or give ${ALLOW} to write ${empty.length > 1 ? 'them' : 'it'} empty`,
    );
  }
  return parts.flatMap((part) => {
    if (part.documents.length === 0)
      return [`the ${part.name} part holds no document (--split ${splitText}): written empty`];
    if (annotationsIn(part.documents) === 0)
      return [
        `the ${part.name} part's ${countOf(part.documents.length, 'document')} ${part.documents.length === 1 ? 'holds' : 'hold'} no annotation (--split ${splitText})`,
      ];
    return [];
  });
}
