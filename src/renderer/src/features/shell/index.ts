export { Shell, type ShellProps } from './components/Shell';
