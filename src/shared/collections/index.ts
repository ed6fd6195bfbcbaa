export { itemAt } from './itemAt';
