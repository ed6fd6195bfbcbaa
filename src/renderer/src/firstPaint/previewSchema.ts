import { Schema, type Node as PmNode } from '@tiptap/pm/model';

/**
 * The reading view's document shape without TipTap: one paragraph per line, rendered as
 * `ReadingParagraph` renders it (`dir="auto"` and its length in `--lp-chars`), so the first
 * paint lays the text out exactly as the app will.
 */
export const previewSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: {
      content: 'text*',
      toDOM: (node) => ['p', { dir: 'auto', style: `--lp-chars: ${node.content.size}` }, 0],
    },
    text: {},
  },
});

/** The document of a text's lines (see `positions.ts`: line terminators are not in the editor). */
export function previewDocument(lines: readonly string[]): PmNode {
  const { paragraph } = previewSchema.nodes;
  return previewSchema.node(
    'doc',
    null,
    lines.map((line) => paragraph.create(null, line ? previewSchema.text(line) : null)),
  );
}
