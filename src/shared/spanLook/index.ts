export { labelClass, labelOfClasses } from './labelClass';
export { FALLBACK_LABEL_COLOR, labelRules } from './labelRules';
