export type { Token } from './token';
export * from './tokenize';
export * from './snapToWords';
