import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { themeSchema } from '../../shared/contract/schemas/projectSchemas';
import { personalAnnotatorSchema, FORMAT_VERSION } from '../../shared/model';
import { atomicWrite, stableStringify } from '../store';

const settingsFileSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  annotator: personalAnnotatorSchema.nullable().default(null),
  snapToWords: z.boolean().default(true),
  recentProjects: z.array(z.string()).default([]),
  keybindings: z.record(z.string().max(64), z.string().max(64)).optional(),
  /** The colour theme the user chose; absent: the system's. */
  theme: themeSchema.optional(),
});
export type UserSettings = z.infer<typeof settingsFileSchema>;

/** The per-user folder for settings and the demo project: LOUPE_HOME, else XDG, else ~/.config/loupe. */
export function userFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LOUPE_HOME) return env.LOUPE_HOME;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'loupe');
  return join(homedir(), '.config', 'loupe');
}

function defaults(): UserSettings {
  return { formatVersion: FORMAT_VERSION, annotator: null, snapToWords: true, recentProjects: [] };
}

/** The user's settings (who they are, editor preferences); never stored in a project. */
export class UserSettingsFile {
  private constructor(
    private readonly path: string,
    private current: UserSettings,
  ) {}

  static async load(folder: string = userFolder()): Promise<UserSettingsFile> {
    const path = join(folder, 'settings.json');
    const raw = await readFile(path, 'utf8').catch(() => null);
    let current = defaults();
    if (raw !== null) {
      const parsed = settingsFileSchema.safeParse(safeJson(raw));
      if (parsed.success) current = parsed.data;
    }
    return new UserSettingsFile(path, current);
  }

  get value(): UserSettings {
    return this.current;
  }

  async update(patch: Partial<Omit<UserSettings, 'formatVersion'>>): Promise<UserSettings> {
    const next = settingsFileSchema.parse({ ...this.current, ...patch });
    await mkdir(join(this.path, '..'), { recursive: true });
    await atomicWrite(this.path, stableStringify(next));
    this.current = next;
    return next;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
