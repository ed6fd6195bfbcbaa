import { Decoration } from '@tiptap/pm/view';
import type { LabelStyles, Span } from '../../../shared/model';
import { labelClass } from '../../../shared/spanLook';
import type { PositionMap } from './positions';

/** What a span decoration carries besides its attributes: whose it is and the level it is drawn at. */
export interface SpanDecorationSpec {
  readonly spanId: string;
  readonly level: number;
}

/** How spans are drawn: label colours, the selected span, and the text's position map. */
export interface SpanLook {
  readonly styles: LabelStyles;
  readonly positions: PositionMap;
  readonly selectedId: string | null;
  /** Spans drawn before they were saved: drawn dashed. */
  readonly unsaved?: ReadonlySet<string>;
}

/** Levels drawn apart; a span stacked higher is drawn at the highest (the style sheet has a rule per level). */
export const SHOWN_LEVELS = 8;

// A few distinct class strings serve every span: built once each and flat (split and join
// return one flat string), not a new concatenation per span, which V8 keeps as a tree of its
// pieces for as long as the decoration lives.
const classes = new Map<string, string>();

/**
 * The classes of a span's element: its level, its label (colour and name come from the
 * label's rule, `labelRules`), selected, unsaved.
 * @example spanClasses('PERSON', 1, false, false) === 'lp-span lp-level-1 lp-label-PERSON'
 */
export function spanClasses(
  label: string,
  level: number,
  selected: boolean,
  unsaved: boolean,
): string {
  const shown = Math.min(level, SHOWN_LEVELS - 1);
  const key = `${shown}${selected ? 's' : ''}${unsaved ? 'u' : ''} ${label}`;
  let value = classes.get(key);
  if (value === undefined) {
    const flags = `${selected ? ' lp-span--selected' : ''}${unsaved ? ' lp-span--unsaved' : ''}`;
    value = `lp-span lp-level-${shown} ${labelClass(label)}${flags}`.split(' ').join(' ');
    classes.set(key, value);
  }
  return value;
}

/**
 * One inline decoration per fragment of a span, at its stacking level. Its element carries two
 * attributes, as few as ProseMirror can be asked for (each costs a call per span element):
 * the span's id (clicks find the span by it) and its classes.
 */
export function spanDecoration(span: Span, level: number, look: SpanLook): Decoration[] {
  const className = spanClasses(
    span.label,
    level,
    span.id === look.selectedId,
    look.unsaved?.has(span.id) ?? false,
  );
  const spec: SpanDecorationSpec = { spanId: span.id, level };
  return span.fragments.map((fragment) =>
    Decoration.inline(
      look.positions.toPos(fragment.start),
      look.positions.toPos(fragment.end),
      // nodeName gives every span its own element: without it ProseMirror merges the
      // attributes of decorations over the same text and overlapping spans would vanish.
      { nodeName: 'span', 'data-span-id': span.id, class: className },
      spec,
    ),
  );
}
