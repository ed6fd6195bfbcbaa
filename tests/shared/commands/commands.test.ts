import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  contextsOverlap,
  keysOf,
  normalizeChord,
  type CommandSpec,
} from '../../../src/shared/commands';
import { SHELL_COMMANDS } from '../../../src/shared/contract';

describe('COMMANDS', () => {
  it('declares each id once, every key in canonical form', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    for (const command of COMMANDS)
      for (const key of command.keys) expect(normalizeChord(key), command.id).toBe(key);
  });

  it('has no two commands sharing a default key where both apply', () => {
    const clashes: string[] = [];
    COMMANDS.forEach((a: CommandSpec, i) =>
      COMMANDS.slice(i + 1).forEach((b: CommandSpec) => {
        if (!contextsOverlap(a.context, b.context)) return;
        const shared = keysOf(a, new Map()).filter((k) => b.keys.includes(k));
        if (shared.length) clashes.push(`${a.id}/${b.id}: ${shared.join()}`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  it('lets main send the renderer exactly its menu commands', () => {
    expect(SHELL_COMMANDS).toContain('toggleTheme');
    expect(SHELL_COMMANDS).toContain('showPalette');
    expect(SHELL_COMMANDS).not.toContain('newProject');
    expect(SHELL_COMMANDS).not.toContain('linkEntity');
  });
});
