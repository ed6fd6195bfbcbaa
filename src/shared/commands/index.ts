export {
  COMMAND_CONTEXTS,
  contextPath,
  contextsOverlap,
  type CommandContext,
} from './commandContext';
export type { CommandSpec, MenuName, MenuPlacement } from './commandSpec';
export {
  COMMANDS,
  commandSpec,
  isCommandId,
  type CommandId,
  type RendererCommandId,
} from './commands';
export {
  chordOf,
  ariaChord,
  formatChord,
  hasCommandModifier,
  isAltGraphCharacter,
  normalizeChord,
  toAccelerator,
  typedCharacterOf,
  type KeyChord,
  type KeyPress,
} from './keyChord';
export {
  bindingProblem,
  commandOfLabelKey,
  keyHolder,
  keysOf,
  LABEL_KEY_CONTEXT,
  labelTakenKeys,
  overridesOf,
  overridesRecord,
  type KeyHolder,
  type KeyOverrides,
  type TakenKey,
} from './keybindings';
export { isReplayableCommand, REPLAYABLE_COMMANDS } from './replayableCommands';
export { REPLAYABLE_CHORDS } from './replayableChords';
