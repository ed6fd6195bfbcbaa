export {
  firstScreenContent,
  FIRST_SCREEN_MAX_SPANS,
  FIRST_SCREEN_MAX_UTF16,
  type FirstScreenContent,
} from './firstScreenContent';
export { FIRST_SCREEN_ATTRIBUTE, firstScreenHtml } from './firstScreenHtml';
export { escapeHtml } from './escapeHtml';
