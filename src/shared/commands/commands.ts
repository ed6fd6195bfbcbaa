import type { CommandSpec } from './commandSpec';
import { MENU_COMMANDS } from './menuCommands';
import { PANEL_COMMANDS } from './panelCommands';
import { SUGGEST_COMMANDS } from './suggestCommands';
import { WINDOW_COMMANDS } from './windowCommands';

/**
 * Every command of Loupe, declared once: the desktop menu, the browser menu bar, the key
 * handler, the command palette and the shortcuts list are all built from this list.
 * @example COMMANDS.find((c) => c.id === 'find')?.keys // ['Mod+f']
 */
export const COMMANDS = [
  ...MENU_COMMANDS,
  ...WINDOW_COMMANDS,
  ...SUGGEST_COMMANDS,
  ...PANEL_COMMANDS,
] as const;

type Command = (typeof COMMANDS)[number];

/** The id of any command. */
export type CommandId = Command['id'];

/** A command the renderer runs. */
export type RendererCommandId = Extract<Command, { runsIn: 'renderer' }>['id'];

/** True when `value` names a command. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && COMMANDS.some((command) => command.id === value);
}

/** The declaration of one command. */
export function commandSpec(id: CommandId): CommandSpec {
  const found: CommandSpec | undefined = COMMANDS.find((command) => command.id === id);
  if (!found) throw new Error(`no command ${id}`);
  return found;
}
