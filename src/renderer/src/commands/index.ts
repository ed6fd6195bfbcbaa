export {
  CommandRegistry,
  type CommandEntry,
  type CommandKeyEntry,
  type KeyMeaning,
} from './commandRegistry';
export { CommandsProvider, useCommandRegistry } from './CommandsContext';
export { paletteFilter } from './paletteFilter';
export { useCommandEntries, useCommandEntry, useCommandKeyEntries } from './useCommandEntries';
export { useCommandKeys } from './useCommandKeys';
export type { WhenContext, WindowView } from './whenContext';
export { useCommandKey, useCommandShortcut } from './useCommandKey';
export { keyHintGroups, type KeyHint, type KeyHintGroup } from './keyHintGroups';
