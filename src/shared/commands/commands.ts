import type { CommandSpec } from './commandSpec';

/**
 * Every command of Loupe, declared once: the desktop menu, the browser menu bar, the key
 * handler, the command palette and the shortcuts list are all built from this list.
 * @example COMMANDS.find((c) => c.id === 'find')?.keys // ['Mod+f']
 */
export const COMMANDS = [
  // File
  {
    id: 'newProject',
    title: 'New Project…',
    keys: ['Mod+n'],
    context: 'global',
    runsIn: 'main',
    menu: { menu: 'file', group: 1 },
  },
  {
    id: 'openProject',
    title: 'Open Project…',
    keys: ['Mod+o'],
    context: 'global',
    runsIn: 'main',
    menu: { menu: 'file', group: 1 },
  },
  {
    id: 'openRecent',
    title: 'Open Recent',
    keys: [],
    context: 'global',
    runsIn: 'main',
    menu: { menu: 'file', group: 1 },
  },
  {
    id: 'import',
    title: 'Import…',
    keys: ['Mod+i'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'file', group: 2 },
  },
  {
    id: 'export',
    title: 'Export…',
    keys: [],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'file', group: 2 },
  },
  {
    id: 'closeProject',
    title: 'Close Project',
    keys: ['Mod+w'],
    context: 'global',
    runsIn: 'main',
    menu: { menu: 'file', group: 3 },
  },
  // Edit
  {
    id: 'undo',
    title: 'Undo',
    keys: ['Mod+z'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'edit', group: 1 },
  },
  {
    id: 'redo',
    title: 'Redo',
    keys: ['Mod+Shift+z', 'Mod+y'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'edit', group: 1 },
  },
  {
    id: 'find',
    title: 'Find…',
    description: 'search this document or the project',
    keys: ['Mod+f'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'edit', group: 3 },
  },
  // View
  {
    id: 'showPalette',
    title: 'Command Palette…',
    description: 'run any command by name',
    keys: ['Mod+Shift+p'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'view', group: 0 },
  },
  {
    id: 'zoomIn',
    title: 'Zoom In',
    keys: ['Mod+='],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'view', group: 1 },
    desktopRole: 'zoomIn',
  },
  {
    id: 'zoomOut',
    title: 'Zoom Out',
    keys: ['Mod+-'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'view', group: 1 },
    desktopRole: 'zoomOut',
  },
  {
    id: 'resetZoom',
    title: 'Actual Size',
    keys: ['Mod+0'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'view', group: 1 },
    desktopRole: 'resetZoom',
  },
  {
    id: 'toggleSidePanel',
    title: 'Toggle Side Panel',
    keys: ['Mod+b'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'view', group: 2 },
  },
  {
    id: 'toggleInspector',
    title: 'Toggle Inspector',
    keys: ['Mod+Shift+b'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'view', group: 2 },
  },
  {
    id: 'toggleTheme',
    title: 'Dark / Light Theme',
    keys: ['Mod+Shift+l'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'view', group: 2 },
  },
  {
    id: 'syncWithDisk',
    title: 'Reload Changed Files',
    description: 'reread files changed by git pull or a copy',
    keys: [],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'view', group: 3 },
  },
  // Help
  {
    id: 'showShortcuts',
    title: 'Keyboard Shortcuts',
    description: 'this list; change a key here',
    keys: ['Mod+/'],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'help', group: 1 },
  },
  {
    id: 'showAbout',
    title: 'About Loupe',
    keys: [],
    context: 'global',
    runsIn: 'renderer',
    menu: { menu: 'help', group: 1 },
  },
  // The window's own buttons, for the palette
  { id: 'showAgreement', title: 'Agreement', keys: [], context: 'global', runsIn: 'renderer' },
  { id: 'showStanceMap', title: 'Stance Map', keys: [], context: 'global', runsIn: 'renderer' },
  { id: 'editSchema', title: 'Label Schema…', keys: [], context: 'global', runsIn: 'renderer' },
  {
    id: 'changeAnnotator',
    title: 'Change Annotator…',
    keys: [],
    context: 'global',
    runsIn: 'renderer',
  },
  {
    id: 'toggleSnapToWords',
    title: 'Snap to Words on / off',
    keys: [],
    context: 'global',
    runsIn: 'renderer',
  },
  // Annotating
  {
    id: 'nextSpan',
    title: 'Next Span',
    description: 'next span',
    keys: ['Tab'],
    context: 'annotate',
    runsIn: 'renderer',
  },
  {
    id: 'previousSpan',
    title: 'Previous Span',
    description: 'previous span',
    keys: ['Shift+Tab'],
    context: 'annotate',
    runsIn: 'renderer',
  },
  {
    id: 'clearSelection',
    title: 'Clear Selection',
    description: 'clear the selection',
    keys: ['Escape'],
    context: 'annotate',
    runsIn: 'renderer',
  },
  {
    id: 'toggleDone',
    title: 'Mark Done / Not Done',
    description: "set the document's status",
    keys: [],
    context: 'annotate',
    runsIn: 'renderer',
  },
  {
    id: 'doneAndNext',
    title: 'Done and Next Document',
    description: 'mark done, open the next document',
    keys: ['d'],
    context: 'annotate',
    runsIn: 'renderer',
  },
  {
    id: 'deleteSpan',
    title: 'Delete Span',
    description: 'delete the selected span',
    keys: ['Delete', 'Backspace'],
    context: 'annotate.span',
    runsIn: 'renderer',
  },
  {
    id: 'linkEntity',
    title: 'Link Span to Entity…',
    description: 'link the span to an entity',
    keys: ['e'],
    context: 'annotate.span',
    runsIn: 'renderer',
  },
  {
    id: 'newStance',
    title: 'New Stance…',
    description: 'new stance with the span as evidence',
    keys: ['s'],
    context: 'annotate.span',
    runsIn: 'renderer',
  },
  {
    id: 'labelOccurrences',
    title: 'Label All Occurrences…',
    description: 'label the same text elsewhere',
    keys: ['p'],
    context: 'annotate.span',
    runsIn: 'renderer',
  },
  {
    id: 'acceptSuggestion',
    title: 'Accept Suggestion',
    description: 'accept the selected suggestion',
    keys: ['Enter'],
    context: 'annotate.suggestion',
    runsIn: 'renderer',
  },
  {
    id: 'dismissSuggestion',
    title: 'Dismiss Suggestion',
    description: 'dismiss the selected suggestion',
    keys: ['Backspace'],
    context: 'annotate.suggestion',
    runsIn: 'renderer',
  },
  // Agreement and review
  {
    id: 'closeAgreement',
    title: 'Back to Annotating',
    keys: ['Escape'],
    context: 'agreement',
    runsIn: 'renderer',
  },
  {
    id: 'nextItem',
    title: 'Next Item',
    description: 'next item',
    keys: ['j', 'ArrowDown'],
    context: 'review',
    runsIn: 'renderer',
  },
  {
    id: 'previousItem',
    title: 'Previous Item',
    description: 'previous item',
    keys: ['k', 'ArrowUp'],
    context: 'review',
    runsIn: 'renderer',
  },
  {
    id: 'acceptA',
    title: 'Accept A',
    description: "accept A's annotation",
    keys: ['a'],
    context: 'review',
    runsIn: 'renderer',
  },
  {
    id: 'acceptB',
    title: 'Accept B',
    description: "accept B's annotation",
    keys: ['b'],
    context: 'review',
    runsIn: 'renderer',
  },
  {
    id: 'acceptBoth',
    title: 'Accept Both',
    description: 'accept both annotations',
    keys: ['c'],
    context: 'review',
    runsIn: 'renderer',
  },
  {
    id: 'reject',
    title: 'Reject',
    description: 'reject the item',
    keys: ['x'],
    context: 'review',
    runsIn: 'renderer',
  },
  {
    id: 'acceptAllAgreed',
    title: 'Accept All Agreed',
    description: 'accept every agreed item',
    keys: ['Shift+a'],
    context: 'review',
    runsIn: 'renderer',
  },
  {
    id: 'backToAgreement',
    title: 'Back to Agreement',
    keys: ['Escape'],
    context: 'review',
    runsIn: 'renderer',
  },
] as const satisfies readonly CommandSpec[];

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
