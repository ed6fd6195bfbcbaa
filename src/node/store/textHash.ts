import { createHash } from 'node:crypto';

/** `sha256:<hex>` of the text's UTF-8 bytes: how annotation files are matched to texts. */
export function textHash(text: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
