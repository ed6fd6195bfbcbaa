export { EntityPicker, type EntityPickerProps } from './components/EntityPicker';
export { EntitiesPanel, type EntitiesPanelProps } from './components/EntitiesPanel';
