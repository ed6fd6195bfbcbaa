import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ShellCommand } from '../../../../../shared/contract/shellCommands';
import { SHELL_MENUS, type ShellMenuItem } from './shellMenu';

export interface MenuBarProps {
  /** Commands that cannot run now (no import dialog wired, nothing to undo). */
  readonly disabled: ReadonlySet<ShellCommand>;
  onCommand(command: ShellCommand): void;
}

const DESKTOP_ONLY =
  'In the desktop app; in a browser, run `loupe serve <folder>` for another project';

/** The browser host's menu bar: the desktop app's menus, as Radix dropdowns. */
export function MenuBar({ disabled, onCommand }: MenuBarProps) {
  return (
    <nav className="lp-menubar" aria-label="Menu">
      {SHELL_MENUS.map((menu) => (
        <DropdownMenu.Root key={menu.label} modal={false}>
          <DropdownMenu.Trigger className="lp-menubar__trigger">{menu.label}</DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="lp-menu" align="start" sideOffset={4}>
              {menu.items.map((item, i) =>
                item === 'separator' ? (
                  <DropdownMenu.Separator key={i} className="lp-menu__separator" />
                ) : (
                  <Item key={item.label} item={item} disabled={disabled} onCommand={onCommand} />
                ),
              )}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      ))}
    </nav>
  );
}

function Item({ item, disabled, onCommand }: { item: ShellMenuItem } & MenuBarProps) {
  const command = item.command;
  const off = !command || disabled.has(command);
  return (
    <DropdownMenu.Item
      className="lp-menu__item"
      disabled={off}
      title={command ? undefined : DESKTOP_ONLY}
      onSelect={() => command && onCommand(command)}
    >
      <span>{item.label}</span>
      {item.keys && <kbd className="lp-menu__keys">{item.keys}</kbd>}
    </DropdownMenu.Item>
  );
}
