export { SearchPanel } from './components/SearchPanel';
