export { errorCode } from './errorCode';
export { errorMessage } from './errorMessage';
export { systemFailure, systemReason } from './systemFailure';
