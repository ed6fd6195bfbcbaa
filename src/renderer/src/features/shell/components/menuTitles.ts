import type { MenuName } from '../../../../../shared/commands';

/** The browser host's menus, in the order of the desktop app's, with their titles. */
export const MENU_TITLES: readonly (readonly [MenuName, string])[] = [
  ['file', 'File'],
  ['edit', 'Edit'],
  ['view', 'View'],
  ['project', 'Project'],
  ['help', 'Help'],
];
