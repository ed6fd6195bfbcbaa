export { ChunkedList } from './chunkedList';
export { compareNames } from './compareNames';
export { getKnown } from './getKnown';
export { isOneOf } from './isOneOf';
export { isRecord } from './isRecord';
export { itemAt } from './itemAt';
export { getOwn, setOwn } from './ownProperty';
export { lastAtOrBelow } from './lastAtOrBelow';
