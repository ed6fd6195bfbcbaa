export { takeFirstScreen, type FirstPreview } from './firstScreen';
export { firstAnswersBody } from './firstAnswersRequest';
export type { HeldSelection } from './heldSelection';
export { keysBeforeApp, type HeldKey, type KeysPressed } from './keysBeforeApp';
export { replayHeldKeys, type ReplayTarget } from './replayHeldKeys';
export type { TypedText } from './typedText';
