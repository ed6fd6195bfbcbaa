export { EntityPicker, type EntityPickerProps } from './components/EntityPicker';
export { EntitiesPanel } from './components/EntitiesPanel';
