export { countOf } from '../../../shared/text/countOf';
