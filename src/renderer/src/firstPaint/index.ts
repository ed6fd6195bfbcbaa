export { takeFirstScreen, type FirstPreview } from './firstScreen';
export { firstAnswersBody } from './firstAnswersRequest';
