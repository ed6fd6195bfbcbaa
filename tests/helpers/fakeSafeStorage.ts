import type { SecretBox } from '../../src/node';

/**
 * Electron's safeStorage as its documentation describes it, for tests (no Electron here):
 * `encryptString` and `decryptString` throw while encryption is unavailable; ciphertext is
 * opaque bytes (a 'v10' prefix, as Chromium's, and the text XOR-ed with a key only this
 * "keychain" knows); decrypting anything else throws.
 */
export function fakeSafeStorage(
  options: { available?: boolean; backend?: string; key?: number } = {},
): SecretBox & { calls: string[] } {
  const key = options.key ?? 0x5a;
  const calls: string[] = [];
  const check = (): void => {
    if (!(options.available ?? true))
      throw new Error(
        'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
      );
  };
  return {
    calls,
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString(plainText) {
      calls.push('encrypt');
      check();
      const bytes = Buffer.from(plainText, 'utf8').map((b) => b ^ key);
      return Buffer.concat([Buffer.from('v10'), bytes]);
    },
    decryptString(encrypted) {
      calls.push('decrypt');
      check();
      if (encrypted.subarray(0, 3).toString() !== 'v10')
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
        );
      return Buffer.from(encrypted.subarray(3).map((b) => b ^ key)).toString('utf8');
    },
  };
}
