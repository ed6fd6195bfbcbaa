export { stackLevels } from '../../../shared/spans';
