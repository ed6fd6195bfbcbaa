export * from './offsets';
export { fragmentOf, type Fragment } from './fragment';
export * from './overlap';
export * from './extent';
export { stackLevels } from './stackLevels';
export { diffSpans, type SpanDiff } from './diffSpans';
export { spanInUse, type SpanUses } from './spanInUse';
