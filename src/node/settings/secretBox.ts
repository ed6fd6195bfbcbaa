/**
 * What Loupe needs of the OS keychain: Electron's `safeStorage`, passed in by the desktop
 * bootstrap (Node code never loads Electron). Encryption keys live in the keychain; Loupe keeps
 * only the ciphertext.
 */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: `basic_text` means no keyring, and a key built into Chromium, is in use. */
  getSelectedStorageBackend?(): string;
}
