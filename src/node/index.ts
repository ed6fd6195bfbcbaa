export { createWorkbench, type Workbench, type WorkbenchOptions } from './workbench';
export { OpenProject, type OpenOptions } from './openProject';
export * from './store';
export * from './services';
export * from './interchange';
export { UserSettingsFile, userFolder, type UserSettings } from './settings/userSettings';
export type { SecretBox } from './settings/secretBox';
export { DesktopStateFile, type DesktopState, type WindowBounds } from './settings/desktopState';
