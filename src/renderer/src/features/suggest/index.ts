export { SuggestStatus } from './components/SuggestStatus';
export { SuggestionPrecisionPanel } from './components/SuggestionPrecisionPanel';
export { machineGhosts } from './machineGhosts';
