import { isOneOf } from '../collections';
import { COMMANDS } from '../commands';

type Command = (typeof COMMANDS)[number];
type MenuCommand = Extract<Command, { runsIn: 'renderer'; menu: object }>;

function isMenuCommand(command: Command): command is MenuCommand {
  return command.runsIn === 'renderer' && 'menu' in command;
}

/**
 * Commands the desktop menu sends to the renderer: those of `COMMANDS` the renderer runs and a
 * menu shows. The one event channel besides the contract's methods; payload-free by design.
 * @example isShellCommand('toggleTheme') === true
 */
export const SHELL_COMMANDS: readonly MenuCommand['id'][] = COMMANDS.filter(isMenuCommand).map(
  (command) => command.id,
);

export type ShellCommand = MenuCommand['id'];

/** The IPC channel main sends shell commands on. */
export const SHELL_COMMAND_CHANNEL = 'shell:command';

/** True when `value` is one of the shell commands (what the preload checks before passing one on). */
export function isShellCommand(value: unknown): value is ShellCommand {
  return isOneOf(SHELL_COMMANDS, value);
}
