export { ReviewView } from './components/ReviewView';
export { REVIEW_LOOK } from './reviewLook';
