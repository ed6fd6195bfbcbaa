export * from './api';
export * from './channels';
export { METHOD_NAMES } from './methodList';
export * from './workbenchError';
export * from './validateRequest';
export * from './dispatch';
export * from './interchange';
export * from './methodAccess';
export * from './shellCommands';
