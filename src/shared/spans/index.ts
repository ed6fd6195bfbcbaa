export * from './offsets';
export type { Fragment } from './fragment';
export * from './overlap';
export * from './extent';
