import { initialTheme } from '../model/initialTheme';
import { firstAnswersBody } from './firstAnswersRequest';
import { paintPreview, type FirstPreview } from './paintPreview';
import { previewContent } from './previewContent';

export type { FirstPreview } from './paintPreview';
export { firstAnswersBody } from './firstAnswersRequest';

/**
 * Paints the first document into `root` from the loopback host's first answers, before the
 * app is loaded; null (nothing painted) in the desktop app, without a document to show, or
 * when the document is large enough that the app should lay it out alone.
 */
export async function paintFirstDocument(root: HTMLElement): Promise<FirstPreview | null> {
  const content = previewContent(await firstAnswersBody());
  if (!content) return null;
  document.documentElement.dataset.theme = initialTheme();
  return paintPreview(root, content);
}
