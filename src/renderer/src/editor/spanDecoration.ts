import { Decoration } from '@tiptap/pm/view';
import type { LabelStyles, Span } from '../../../shared/model';
import type { PositionMap } from './positions';

const FALLBACK_COLOR = '#888888';

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

/** One inline decoration per fragment of a span, at its stacking level. */
export function spanDecoration(span: Span, level: number, look: SpanLook): Decoration[] {
  const color = look.styles[span.label]?.color ?? FALLBACK_COLOR;
  const selected = span.id === look.selectedId ? ' lp-span--selected' : '';
  const unsaved = look.unsaved?.has(span.id) ? ' lp-span--unsaved' : '';
  const spec: SpanDecorationSpec = { spanId: span.id, level };
  return span.fragments.map((fragment) =>
    Decoration.inline(
      look.positions.toPos(fragment.start),
      look.positions.toPos(fragment.end),
      {
        // nodeName gives every span its own element: without it ProseMirror merges the
        // attributes of decorations over the same text and overlapping spans would vanish.
        nodeName: 'span',
        class: `lp-span lp-level-${Math.min(level, 7)}${selected}${unsaved}`,
        style: `--lp-color: ${color}; --lp-level: ${level}`,
        'data-span-id': span.id,
        'data-label': span.label,
        // The label on hover; the reading view announces the selected span with its label.
        title: span.label,
      },
      spec,
    ),
  );
}
