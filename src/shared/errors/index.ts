export { errorCode } from './errorCode';
export { errorMessage } from './errorMessage';
