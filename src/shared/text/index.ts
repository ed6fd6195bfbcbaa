export type { Token } from './token';
export * from './tokenize';
export * from './snapToWords';
export * from './firstTokenEndingAfter';
export * from './segments';
export * from './documentTitle';
export * from './spacyEnglish';
export * from './sentenceStarts';
export { firstAbove } from './firstAbove';
