/**
 * The document label Prodigy's text classification `label` is kept under: read from a
 * record's `label` string and written back there.
 * @example {"text": "…", "label": "INSULT", "answer": "accept"} ↔ documentLabels { label: 'INSULT' }
 */
export const LABEL = 'label';
