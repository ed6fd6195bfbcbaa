export { SyncDialog } from './components/SyncDialog';
export { SyncIndicator } from './components/SyncIndicator';
export { TeammateChangesBadge } from './components/TeammateChangesBadge';
