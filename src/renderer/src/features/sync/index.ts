export { SyncIndicator } from './components/SyncIndicator';
export { TeammateChangesBadge } from './components/TeammateChangesBadge';
