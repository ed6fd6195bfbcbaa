import { ZodError } from 'zod';
import type { DocumentMeta, Layer, Span } from '../../shared/model';
import { checkEditShape, type LayerEdit } from './layerEdit';
import { StoreError } from './storeError';
import { schemaReason } from './storedJson';

/**
 * Checks a journal edit before it is appended: its shape, the layer's text hash against the
 * document's, and every span it adds inside the text. Throws a StoreError naming `file`.
 */
export function checkEdit(edit: LayerEdit, layer: Layer, meta: DocumentMeta, file: string): void {
  let spans: Span[];
  try {
    spans = checkEditShape(edit);
  } catch (error) {
    const reason = error instanceof ZodError ? schemaReason(error) : String(error);
    throw new StoreError(file, `the edit does not match the schema: ${reason}`, 'invalid');
  }
  if (layer.textHash !== meta.textHash)
    throw new StoreError(
      file,
      `text hash ${layer.textHash} does not match the document's ${meta.textHash}`,
      'offsets',
    );
  for (const span of spans) {
    const outside = span.fragments.find((f) => f.end > meta.length);
    if (outside)
      throw new StoreError(
        file,
        `span ${span.id} [${outside.start}, ${outside.end}) lies outside the text (${meta.length} code points)`,
        'offsets',
      );
  }
}
