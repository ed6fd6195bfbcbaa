/**
 * A value a rater assigns to a unit: a label, a polarity, a number on a scale. Values
 * are compared with SameValueZero, so 1 and '1' are different categories.
 * @example 'FAVOR'
 */
export type Category = string | number;
