import { mergeAttributes } from '@tiptap/core';
import Paragraph from '@tiptap/extension-paragraph';

/**
 * A paragraph that tells the stylesheet its length (`--lp-chars`), so the browser can skip
 * laying out paragraphs far from the viewport (content-visibility) and still reserve about
 * their height; `dir="auto"` lets each line find its own direction.
 */
export const ReadingParagraph = Paragraph.extend({
  renderHTML({ node, HTMLAttributes }) {
    return [
      'p',
      mergeAttributes(HTMLAttributes, { dir: 'auto', style: `--lp-chars: ${node.content.size}` }),
      0,
    ];
  },
});
