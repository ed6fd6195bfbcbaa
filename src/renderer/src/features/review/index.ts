export { ReviewView } from './components/ReviewView';
export { REVIEW_LOOK } from './reviewLook';
export { PanelView } from './components/PanelView';
