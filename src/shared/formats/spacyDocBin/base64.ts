/** Bytes as base64 (kept user data: metadata holds JSON). @example toBase64(Uint8Array.of(0xff)) === '/w==' */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

/** Base64 back to bytes, or null when it is not base64. @example fromBase64('/w==') → Uint8Array [255] */
export function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
