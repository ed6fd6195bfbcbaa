export { ReviewView, type ReviewViewProps } from './components/ReviewView';
export { REVIEW_LOOK } from './reviewLook';
