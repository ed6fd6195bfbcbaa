import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDENTIALS_FILE, CredentialVault } from '../../../src/node/settings/credentialVault';
import { fakeSafeStorage } from '../../helpers/fakeSafeStorage';
import { tempDir } from '../../helpers/tempProject';

const REMOTE = 'https://git.example.org/team/annotations.git';
const TOKEN = 'ghp_s3cretTOKEN42';

describe('CredentialVault', () => {
  it('keeps only ciphertext, and a later run decrypts it with the same keychain', async () => {
    const folder = tempDir();
    const box = fakeSafeStorage();
    const vault = await CredentialVault.load(folder, box);
    await vault.save(REMOTE, { username: 'alice', token: TOKEN });
    const file = readFileSync(join(folder, CREDENTIALS_FILE), 'utf8');
    expect(file).not.toContain(TOKEN);
    expect(file).not.toContain('alice');
    const later = await CredentialVault.load(folder, fakeSafeStorage());
    // The same remote written with a trailing slash is the same remote.
    expect(later.get(`${REMOTE}/`)).toEqual({ username: 'alice', token: TOKEN });
    await later.forget(REMOTE);
    expect((await CredentialVault.load(folder, box)).get(REMOTE)).toBeNull();
  });

  it('refuses to keep a password when the keychain cannot encrypt, and writes nothing', async () => {
    const folder = tempDir();
    const box = fakeSafeStorage({ available: false });
    const vault = await CredentialVault.load(folder, box);
    await expect(vault.save(REMOTE, { token: TOKEN })).rejects.toThrow(
      /cannot keep the password: the OS keychain is not available.*LOUPE_GIT_TOKEN/,
    );
    expect(box.calls).toEqual([]);
    expect(existsSync(join(folder, CREDENTIALS_FILE))).toBe(false);
  });

  it('refuses Linux without a keyring (basic_text: hidden, not encrypted)', async () => {
    const vault = await CredentialVault.load(tempDir(), fakeSafeStorage({ backend: 'basic_text' }));
    await expect(vault.save(REMOTE, { token: TOKEN })).rejects.toThrow(/no keyring is running/);
  });

  it('refuses outside the desktop app, naming the environment variables', async () => {
    const vault = await CredentialVault.load(tempDir(), null);
    await expect(vault.save(REMOTE, { token: TOKEN })).rejects.toThrow(
      /only the Loupe desktop app keeps passwords.*LOUPE_GIT_USERNAME/,
    );
  });

  it('answers nothing for ciphertext another keychain made', async () => {
    const folder = tempDir();
    await (
      await CredentialVault.load(folder, fakeSafeStorage({ key: 1 }))
    ).save(REMOTE, {
      token: TOKEN,
    });
    expect(
      (await CredentialVault.load(folder, fakeSafeStorage({ key: 2 }))).get(REMOTE),
    ).toBeNull();
  });
});
