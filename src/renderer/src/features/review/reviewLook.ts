import type { LabelStyles } from '../../../../shared/model';
import type { ReviewClass } from '../../../../shared/review';

/** How one kind of item is drawn: its colour and the name its legend shows. */
export interface ItemLook {
  color: string;
  name: string;
}

/** A table of looks as label styles, so the reading view can draw items by kind. */
export function stylesOf(looks: Readonly<Record<string, ItemLook>>): LabelStyles {
  return Object.fromEntries(
    Object.entries(looks).map(([name, look]) => [name, { color: look.color }]),
  );
}

/** The colour and name of each review class, and of items already decided. */
export const REVIEW_LOOK: Readonly<Record<ReviewClass | 'decided', ItemLook>> = {
  agreed: { color: '#1a9850', name: 'Agreed' },
  a_only: { color: '#2b6cb0', name: 'A only' },
  b_only: { color: '#9b59b6', name: 'B only' },
  label_conflict: { color: '#d7191c', name: 'Label conflict' },
  boundary_conflict: { color: '#e08214', name: 'Boundary conflict' },
  gold_only: { color: '#8a6d3b', name: 'Gold only' },
  decided: { color: '#9aa0a6', name: 'Decided' },
};

/** The review classes as label styles, so the reading view can draw items by class. */
export const REVIEW_STYLES: LabelStyles = stylesOf(REVIEW_LOOK);
