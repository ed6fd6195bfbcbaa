export { itemAt } from './itemAt';
export { getOwn, setOwn } from './ownProperty';
