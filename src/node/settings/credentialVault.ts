import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { WorkbenchError } from '../../shared/contract';
import { ownRecord } from '../../shared/model';
import { atomicWrite } from '../store';
import type { SecretBox } from './secretBox';

/** The file in the user's settings folder (never a project's) holding encrypted credentials. */
export const CREDENTIALS_FILE = 'remote-credentials.json';

const fileSchema = z.object({
  formatVersion: z.literal(1),
  /** Remote address (no credentials in it) → base64 of the keychain-encrypted `{username, token}`. */
  remotes: ownRecord(z.string()),
});

const secretSchema = z.object({ username: z.string().optional(), token: z.string() });

/** Credentials for one HTTP(S) remote. */
export interface StoredCredentials {
  readonly username?: string;
  readonly token: string;
}

/** Where credentials for a remote are filed: its address without query, fragment or a trailing slash. */
export function vaultKey(remote: string): string {
  const url = new URL(remote);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * HTTP(S) remotes' credentials, encrypted by the OS keychain (Electron's `safeStorage` in the
 * desktop app) and kept as ciphertext in the user's settings folder. Without a keychain a save
 * is refused: a password is never written as plain text.
 */
export class CredentialVault {
  private constructor(
    private readonly path: string,
    private readonly box: SecretBox | null,
    private remotes: Record<string, string>,
  ) {}

  static async load(folder: string, box: SecretBox | null): Promise<CredentialVault> {
    const path = join(folder, CREDENTIALS_FILE);
    const raw = await readFile(path, 'utf8').catch(() => null);
    let remotes: Record<string, string> = {};
    if (raw !== null) {
      const parsed = fileSchema.safeParse(safeJson(raw));
      if (parsed.success) remotes = parsed.data.remotes;
    }
    return new CredentialVault(path, box, remotes);
  }

  /** Null when credentials can be kept here, else why not (one sentence a person can act on). */
  get unavailable(): string | null {
    if (!this.box)
      return 'only the Loupe desktop app keeps passwords (in the OS keychain); here set LOUPE_GIT_USERNAME and LOUPE_GIT_TOKEN, or LOUPE_GIT_CREDENTIAL_HELPER';
    if (!this.box.isEncryptionAvailable())
      return 'the OS keychain is not available, so Loupe cannot encrypt the password; unlock or install one (Keychain, Credential Manager, GNOME Keyring or KWallet), or sync with LOUPE_GIT_TOKEN from the command line';
    if (this.box.getSelectedStorageBackend?.() === 'basic_text')
      return 'no keyring is running (GNOME Keyring or KWallet), so the password could only be hidden, not encrypted; start one, or sync with LOUPE_GIT_TOKEN from the command line';
    return null;
  }

  has(remote: string): boolean {
    return vaultKey(remote) in this.remotes;
  }

  /** The credentials kept for a remote; null when none are, or the keychain can no longer open them. */
  get(remote: string): StoredCredentials | null {
    const sealed = this.remotes[vaultKey(remote)];
    if (!sealed || !this.box || this.unavailable) return null;
    try {
      const parsed = secretSchema.safeParse(
        JSON.parse(this.box.decryptString(Buffer.from(sealed, 'base64'))),
      );
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Encrypts and keeps credentials for a remote; refused (nothing written) without a keychain. */
  async save(remote: string, credentials: StoredCredentials): Promise<void> {
    const why = this.unavailable;
    if (why || !this.box)
      throw new WorkbenchError('invalid_request', `cannot keep the password: ${why}`);
    const sealed = this.box.encryptString(JSON.stringify(credentials)).toString('base64');
    await this.write({ ...this.remotes, [vaultKey(remote)]: sealed });
  }

  async forget(remote: string): Promise<void> {
    const key = vaultKey(remote);
    if (!(key in this.remotes)) return;
    const rest = { ...this.remotes };
    delete rest[key];
    await this.write(rest);
  }

  private async write(remotes: Record<string, string>): Promise<void> {
    await mkdir(join(this.path, '..'), { recursive: true });
    await atomicWrite(this.path, `${JSON.stringify({ formatVersion: 1, remotes }, null, 2)}\n`);
    this.remotes = remotes;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
