export { ReadingView, type ReadingViewProps } from './ReadingView';
export { createPositionMap, toEditorContent, type PositionMap } from './positions';
export { stackLevels } from './stackLevels';
export type { ReadingCursor } from './readingCursor';
