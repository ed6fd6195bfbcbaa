import { z } from 'zod';

/**
 * Whether Loupe keeps credentials for the project's remote: only an HTTP(S) remote needs
 * them; `unavailable` says why none can be kept here (no keychain, not the desktop app).
 * @example { remote: 'https://git.example.org/team.git', http: true, stored: true, username: 'alice', unavailable: null }
 */
export const credentialsStatusSchema = z.object({
  remote: z.string().nullable(),
  http: z.boolean(),
  stored: z.boolean(),
  /** The user name kept with the token (never the token itself). */
  username: z.string().nullable(),
  unavailable: z.string().nullable(),
});
export type CredentialsStatus = z.infer<typeof credentialsStatusSchema>;
