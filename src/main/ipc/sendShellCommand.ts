import type { WebContents } from 'electron';
import {
  isShellCommand,
  SHELL_COMMAND_CHANNEL,
  type ShellCommand,
} from '../../shared/contract/shellCommands';

/** Sends a menu command to one renderer; anything not on the list never leaves main. */
export function sendShellCommand(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  command: ShellCommand,
): boolean {
  if (!isShellCommand(command) || contents.isDestroyed()) return false;
  contents.send(SHELL_COMMAND_CHANNEL, command);
  return true;
}
