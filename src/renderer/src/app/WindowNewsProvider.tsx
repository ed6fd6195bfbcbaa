import type { ReactNode } from 'react';
import { useModel, useStore } from '../model';
import { WindowNews } from '../ui/windowNews';

/** Passes the notifications store's message to the dialogs (only they render again for it). */
export function WindowNewsProvider({ children }: { readonly children: ReactNode }) {
  const news = useStore(useModel().notifications);
  return <WindowNews.Provider value={news}>{children}</WindowNews.Provider>;
}
