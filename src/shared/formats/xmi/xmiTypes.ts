import { getOwn } from '../../collections';
import { shortName } from '../common';

export { shortName } from '../common';

/** DKPro Core's named entity type, INCEpTION's named entity layer: a span with no `layer` attribute goes there. */
export const NAMED_ENTITY = 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity';
/** The relation type of a relation with no `layer` attribute (INCEpTION's custom relation name). */
export const RELATION = 'webanno.custom.Relation';
/** DKPro Core's token type, whose package a new XMI file declares for its tokens and sentences. */
export const TOKEN = 'de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token';

/**
 * Annotation types that give a text its structure or its tokens' own text (a lemma), not a
 * label someone chose: kept as they are, never read as spans. The same layers a WebAnno TSV
 * import leaves out, and the document structure of HTML, XML and PDF imports.
 */
const STRUCTURE_TYPES: ReadonlySet<string> = new Set([
  'uima.tcas.DocumentAnnotation',
  'de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData',
  'de.tudarmstadt.ukp.dkpro.core.api.metadata.type.TagsetDescription',
  'de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.morph.MorphologicalFeatures',
]);

/** Packages of structure types: tokens, sentences, paragraphs, headings, lemmas; XML and PDF layout. */
const STRUCTURE_PACKAGES: readonly string[] = [
  'de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.',
  'de.tudarmstadt.ukp.dkpro.core.api.structure.type.',
  'de.tudarmstadt.ukp.dkpro.core.api.xml.type.',
  'org.dkpro.core.api.xml.type.',
  'de.tudarmstadt.ukp.dkpro.core.api.pdf.type.',
  'org.dkpro.core.api.pdf.type.',
];

/**
 * Short names of tokens, sentences, paragraphs and the tokens' own text in the type systems of
 * other pipelines (JULIE Lab's JCoRe `de.julielab.jcore.types.Token`, dkpro-cassis's test
 * files' `cassis.Token`): structure there too. INCEpTION's own layers (`webanno.custom.…`)
 * are someone's labels, whatever their name.
 */
const STRUCTURE_NAMES: ReadonlySet<string> = new Set([
  'Token',
  'Sentence',
  'Paragraph',
  'Lemma',
  'Stem',
]);

/** Whether a type gives the text structure (see STRUCTURE_TYPES), not a label. @example isStructure(TOKEN) === true */
export function isStructure(type: string): boolean {
  return (
    STRUCTURE_TYPES.has(type) ||
    STRUCTURE_PACKAGES.some((p) => type.startsWith(p)) ||
    (!type.startsWith('webanno.custom.') && STRUCTURE_NAMES.has(shortName(type)))
  );
}

/**
 * Features that say which component made an annotation and how sure it was (JCoRe's base
 * type declares them first on every annotation): never its label.
 */
const PROVENANCE: ReadonlySet<string> = new Set(['componentId', 'confidence']);

/** Features that place a feature structure, not describe it. */
export const PLACE_FEATURES: ReadonlySet<string> = new Set(['xmi:id', 'sofa', 'begin', 'end']);

/** The feature holding the label of DKPro Core's own layers (else a layer's first feature). */
const LABEL_FEATURES: Readonly<Record<string, string>> = {
  [NAMED_ENTITY]: 'value',
  'de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS': 'PosValue',
  'de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency': 'DependencyType',
};

/**
 * The feature that holds a type's label: DKPro Core's own for its layers, else the one the
 * type system declares (`declared`, see typeSystemLabels), else the first feature the element
 * carries (UIMA writes features in the order the type declares them).
 * @example labelFeature(NAMED_ENTITY, ['identifier']) === 'value'
 */
export function labelFeature(
  type: string,
  features: readonly string[],
  declared?: string,
): string | undefined {
  return (
    getOwn(LABEL_FEATURES, type) ??
    (type.includes('.pos.') ? 'PosValue' : (declared ?? firstLabel(features)))
  );
}

/**
 * The first feature as the label, unless it names the component that made the annotation
 * (JCoRe): then its `value` (JCoRe's POS tags), else none (the label is the type's short name).
 */
function firstLabel(features: readonly string[]): string | undefined {
  const first = features[0];
  if (first === undefined || !PROVENANCE.has(first)) return first;
  return features.includes('value') ? 'value' : undefined;
}

/** The namespace URI UIMA's XMI serializer gives a type's package. @example namespaceOf('webanno.custom.Span') === 'http:///webanno/custom.ecore' */
export function namespaceOf(type: string): string {
  const dot = type.lastIndexOf('.');
  return `http:///${dot < 0 ? 'noNamespace' : type.slice(0, dot).replaceAll('.', '/')}.ecore`;
}
