import '../arcs.css';
import { useEffect, useRef, useState } from 'react';
import type { ArcLink } from '../arcLinks';
import { arcPath, arcPieces, type ArcEnd, type ArcEnds, type ArcShape } from '../arcPath';
import { stackArcs } from '../arcStack';

export interface RelationArcsProps {
  readonly links: readonly ArcLink[];
  /** The spans as drawn: a new list means boxes may have moved. */
  readonly drawnSpans: unknown;
  readonly selectedId: string | null;
}

interface DrawnArc extends ArcShape {
  readonly link: ArcLink;
}

/** Arcs drawn at once at most; the rest wait until scrolled near (each costs a layout read). */
const MAX_ARCS = 400;

/** The first drawn element of each span an arc needs (one pass over the text's spans). */
function spanElements(page: HTMLElement, wanted: ReadonlySet<string>): Map<string, HTMLElement> {
  const elements = new Map<string, HTMLElement>();
  for (const element of page.querySelectorAll<HTMLElement>('[data-span-id]')) {
    const id = element.dataset.spanId;
    if (id !== undefined && wanted.has(id) && !elements.has(id)) elements.set(id, element);
  }
  return elements;
}

/** Where each arc goes now, for the spans laid out near the screen. */
function measure(
  page: HTMLElement,
  links: readonly ArcLink[],
  elements: ReadonlyMap<string, HTMLElement>,
): DrawnArc[] {
  const origin = page.getBoundingClientRect();
  const text = page.querySelector('.ProseMirror')?.getBoundingClientRect() ?? origin;
  const column = { left: text.left - origin.left, right: text.right - origin.left };
  const screen = page.closest('.lp-main')?.getBoundingClientRect() ?? {
    top: 0,
    bottom: window.innerHeight,
  };
  const margin = screen.bottom - screen.top;
  const boxes = new Map<string, ArcEnd | null>();
  const box = (id: string): ArcEnd | null => {
    const known = boxes.get(id);
    if (known !== undefined) return known;
    const element = elements.get(id);
    // Paragraphs far off screen are not laid out (content-visibility): measure only near ones.
    const paragraph = element?.closest('p')?.getBoundingClientRect();
    const near =
      paragraph !== undefined &&
      paragraph.bottom >= screen.top - margin &&
      paragraph.top <= screen.bottom + margin;
    const rect = near ? (element?.getClientRects()[0] ?? null) : null;
    const end = rect && {
      left: rect.left - origin.left - page.clientLeft,
      right: rect.right - origin.left - page.clientLeft,
      top: rect.top - origin.top - page.clientTop,
    };
    boxes.set(id, end);
    return end;
  };
  const placed: { link: ArcLink; ends: ArcEnds }[] = [];
  for (const link of links) {
    const from = box(link.from);
    const to = from && box(link.to);
    if (!from || !to) continue;
    placed.push({ link, ends: { from, to, column } });
    if (placed.length === MAX_ARCS) break;
  }
  // Arcs over the same words stack, so their labels do not cover each other.
  const levels = stackArcs(
    placed.map(({ ends }) => arcPieces(ends)),
    placed.map(({ link }) => link.label),
  );
  return placed.map(({ link, ends }, n) => ({ link, ...arcPath(ends, levels[n]) }));
}

/**
 * Relations and event arguments drawn as labelled arcs over the text, as brat draws them.
 * They only show what the Relations list beside the text lists (which the keyboard reaches),
 * so they are hidden from assistive technology and let clicks through to the text.
 */
export function RelationArcs({ links, drawnSpans, selectedId }: RelationArcsProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [arcs, setArcs] = useState<readonly DrawnArc[]>([]);

  useEffect(() => {
    const element = svg.current;
    const page = element?.parentElement;
    if (!element || !page) return;
    let frame = 0;
    let elements: Map<string, HTMLElement> | null = null;
    // Spans are found once per change of the drawn spans; a scroll only measures them again.
    const redraw = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        elements ??= spanElements(page, new Set(links.flatMap((l) => [l.from, l.to])));
        setArcs(measure(page, links, elements));
      });
    };
    redraw();
    const resize = new ResizeObserver(redraw);
    resize.observe(page);
    const scroller = page.closest('.lp-main');
    scroller?.addEventListener('scroll', redraw, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      scroller?.removeEventListener('scroll', redraw);
    };
  }, [links, drawnSpans]);

  return (
    <svg ref={svg} className="lp-arcs" aria-hidden="true" data-testid="relation-arcs">
      <defs>
        <marker
          id="lp-arc-head"
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 8 4 L 0 8 z" className="lp-arc-head" />
        </marker>
      </defs>
      {arcs.map(({ link, segments, labels }) => {
        const touches = link.from === selectedId || link.to === selectedId;
        return (
          <g
            key={link.id}
            className={`lp-arc${link.symmetric ? ' lp-arc--equiv' : ''}${touches ? ' lp-arc--selected' : ''}`}
            data-arc-ids={link.id}
            data-arc-from={link.from}
            data-arc-to={link.to}
          >
            {segments.map(({ d, arrow }) => (
              <path
                key={d}
                d={d}
                markerEnd={arrow && !link.symmetric ? 'url(#lp-arc-head)' : undefined}
              />
            ))}
            {labels.map(({ x, y }) => (
              <text key={`${x} ${y}`} x={x} y={y}>
                {link.label}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
