export { isRecord } from './isRecord';
export { itemAt } from './itemAt';
export { getOwn, setOwn } from './ownProperty';
