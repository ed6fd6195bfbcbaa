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

// A few distinct class and style strings serve every span: built once each and flat (split
// and join return one flat string), not a new concatenation per span, which V8 keeps as a
// tree of its pieces for as long as the decoration lives.
const classes = new Map<string, string>();
const styles = new Map<string, string>();

function shared(table: Map<string, string>, key: string, make: () => string): string {
  let value = table.get(key);
  if (value === undefined) {
    value = make();
    table.set(key, value);
  }
  return value;
}

/** One inline decoration per fragment of a span, at its stacking level. */
export function spanDecoration(span: Span, level: number, look: SpanLook): Decoration[] {
  const color = look.styles[span.label]?.color ?? FALLBACK_COLOR;
  const selected = span.id === look.selectedId ? ' lp-span--selected' : '';
  const unsaved = look.unsaved?.has(span.id) ? ' lp-span--unsaved' : '';
  const shown = Math.min(level, 7);
  const className = shared(classes, `${shown}${selected}${unsaved}`, () =>
    `lp-span lp-level-${shown}${selected}${unsaved}`.split(' ').join(' '),
  );
  const style = shared(styles, `${color} ${level}`, () =>
    `--lp-color: ${color}; --lp-level: ${level}`.split(';').join(';'),
  );
  const spec: SpanDecorationSpec = { spanId: span.id, level };
  return span.fragments.map((fragment) =>
    Decoration.inline(
      look.positions.toPos(fragment.start),
      look.positions.toPos(fragment.end),
      {
        // nodeName gives every span its own element: without it ProseMirror merges the
        // attributes of decorations over the same text and overlapping spans would vanish.
        nodeName: 'span',
        class: className,
        style,
        'data-span-id': span.id,
        'data-label': span.label,
        // The label on hover; the reading view announces the selected span with its label.
        title: span.label,
      },
      spec,
    ),
  );
}
