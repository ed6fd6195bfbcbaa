export { Shell } from './components/Shell';
