/**
 * The names pre-annotation keeps in layers, apart from the contract's schemas: the window and
 * the formats read them without loading zod.
 */

/** The machine annotator that holds suggestions unless another is named. */
export const MODEL_ANNOTATOR = 'model';

/** The span attribute that holds a suggestion's confidence (0..1) in a machine layer. */
export const CONFIDENCE_ATTRIBUTE = 'confidence';

/** The span attribute that remembers what the annotator decided about a suggestion. */
export const DECISION_ATTRIBUTE = 'decision';
