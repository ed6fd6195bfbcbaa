import type { Fragment } from '../spans';

/**
 * What span agreement reads of a span: its label and fragments. Every `Span` is one.
 * @example { label: 'PERSON', fragments: [{ start: 0, end: 11 }] }
 */
export interface LabeledSpan {
  readonly label: string;
  readonly fragments: readonly Fragment[];
}
