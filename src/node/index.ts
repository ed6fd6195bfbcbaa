export { createWorkbench, type Workbench, type WorkbenchOptions } from './workbench';
export * from './store';
export * from './services';
export { UserSettingsFile, userFolder, type UserSettings } from './settings/userSettings';
