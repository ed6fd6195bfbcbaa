import { createContext, useContext, type ReactNode } from 'react';

/** True while another panel stands in the document panel's place (see WorkspaceAside). */
export const AsideHidden = createContext(false);

/**
 * The document panel's `<aside>`, hidden while {@link AsideHidden} says so. Only this frame
 * renders when the panel is hidden or shown again: the lists it holds are the same elements,
 * which React then leaves as they are.
 */
export function HiddenAside({ children }: { readonly children: ReactNode }) {
  const hidden = useContext(AsideHidden);
  return (
    <aside data-region="details" className="lp-inspector" aria-label="Document" hidden={hidden}>
      {children}
    </aside>
  );
}
