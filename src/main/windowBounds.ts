import type { WindowBounds } from '../node';

/** A display's usable area. */
export interface WorkArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const DEFAULT_SIZE = { width: 1400, height: 900 };

/**
 * Where to open the window: the remembered bounds when at least a title bar's worth of them
 * is still on a display (a monitor may have been unplugged), shrunk to fit; else centred on
 * the first display.
 */
export function restoredBounds(
  saved: WindowBounds | null,
  displays: readonly WorkArea[],
): WindowBounds {
  const primary = displays[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const home = displays.find((d) => saved && overlaps(saved, d));
  if (saved && home) {
    const width = Math.min(saved.width, home.width);
    const height = Math.min(saved.height, home.height);
    const x = clamp(saved.x, home.x, home.x + home.width - width);
    const y = clamp(saved.y, home.y, home.y + home.height - height);
    return { x, y, width, height, maximized: saved.maximized };
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
    maximized: false,
  };
}

function overlaps(bounds: WindowBounds, area: WorkArea): boolean {
  const visibleWidth =
    Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const titleBarOnScreen = bounds.y >= area.y - 10 && bounds.y < area.y + area.height - 40;
  return visibleWidth >= 100 && titleBarOnScreen;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
