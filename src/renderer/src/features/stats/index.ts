export { StatsDialog } from './components/StatsDialog';
