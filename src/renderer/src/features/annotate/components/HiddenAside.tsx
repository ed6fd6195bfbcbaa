import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { focusInRegion } from '../../../ui/focusRegion';

/** True while another panel stands in the document panel's place (see WorkspaceAside). */
export const AsideHidden = createContext(false);

/**
 * The document panel's `<aside>`, hidden while {@link AsideHidden} says so. Only this frame
 * renders when the panel is hidden or shown again: the lists it holds are the same elements,
 * which React then leaves as they are.
 */
export function HiddenAside({ children }: { readonly children: ReactNode }) {
  const hidden = useContext(AsideHidden);
  const aside = useRef<HTMLElement>(null);
  // Hidden with the keyboard in it (F6 pressed just before a new span's details took its
  // place), it would leave the keyboard on the page: the panel shown in its place takes it.
  useLayoutEffect(() => {
    if (!hidden || !aside.current?.contains(document.activeElement)) return;
    const shown = [...document.querySelectorAll<HTMLElement>('[data-region="details"]')].find(
      (region) => region !== aside.current && !region.hidden,
    );
    if (shown) focusInRegion(shown);
  }, [hidden]);
  return (
    <aside
      ref={aside}
      data-region="details"
      className="lp-inspector"
      aria-label="Document"
      hidden={hidden}
    >
      {children}
    </aside>
  );
}
