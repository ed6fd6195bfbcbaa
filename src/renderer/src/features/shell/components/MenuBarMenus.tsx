import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { formatChord, type MenuName } from '../../../../../shared/commands';
import { useCommandEntries, useCommandRegistry, type CommandEntry } from '../../../commands';

const MENUS: readonly (readonly [MenuName, string])[] = [
  ['file', 'File'],
  ['edit', 'Edit'],
  ['view', 'View'],
  ['project', 'Project'],
  ['help', 'Help'],
];

const DESKTOP_ONLY =
  'In the desktop app; in a browser, run `loupe serve <folder>` for another project';

/** A menu's commands in groups, in declaration order; separators go between groups. */
function groupsOf(entries: readonly CommandEntry[], menu: MenuName): CommandEntry[][] {
  const groups = new Map<number, CommandEntry[]>();
  for (const entry of entries) {
    const placement = entry.spec.menu;
    if (placement?.menu !== menu) continue;
    groups.set(placement.group, [...(groups.get(placement.group) ?? []), entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

/** The browser host's menu bar: the desktop app's menus, built from the command registry. */
export function MenuBar() {
  const entries = useCommandEntries();
  return (
    <nav className="lp-menubar" aria-label="Menu">
      {MENUS.map(([menu, label]) => (
        <DropdownMenu.Root key={menu} modal={false}>
          <DropdownMenu.Trigger className="lp-menubar__trigger">{label}</DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="lp-menu" align="start" sideOffset={4}>
              {groupsOf(entries, menu).map((group, i) => [
                i > 0 && (
                  <DropdownMenu.Separator key={`separator-${i}`} className="lp-menu__separator" />
                ),
                ...group.map((entry) => <Item key={entry.spec.id} entry={entry} />),
              ])}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      ))}
    </nav>
  );
}

/** One item: the desktop app's own commands are shown disabled, with why. */
function Item({ entry }: { readonly entry: CommandEntry }) {
  const registry = useCommandRegistry();
  const [chord] = entry.keys;
  return (
    <DropdownMenu.Item
      className="lp-menu__item"
      disabled={!entry.enabled}
      title={entry.runnable ? undefined : DESKTOP_ONLY}
      onSelect={() => void registry.run(entry.spec.id)}
    >
      <span>{entry.spec.title}</span>
      {entry.runnable && chord && <kbd className="lp-menu__keys">{formatChord(chord)}</kbd>}
    </DropdownMenu.Item>
  );
}
