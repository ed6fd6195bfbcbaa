import { describe, expect, it } from 'vitest';
import { paletteFilter, type CommandEntry } from '../../../src/renderer/src/commands';
import { commandSpec, type CommandId } from '../../../src/shared/commands';

function entry(id: CommandId, more: Partial<CommandEntry> = {}): CommandEntry {
  const spec = commandSpec(id);
  return { spec, keys: spec.keys, runnable: true, enabled: true, ...more };
}

const ENTRIES = [
  entry('undo'),
  entry('toggleTheme'),
  entry('toggleSidePanel'),
  entry('find'),
  entry('newProject', { runnable: false }),
  entry('redo', { enabled: false }),
];

function titles(query: string): string[] {
  return paletteFilter(ENTRIES, query).map((e) => e.spec.title);
}

describe('paletteFilter', () => {
  it('lists every command that can run now for an empty query, in declaration order', () => {
    expect(titles('')).toEqual(['Undo', 'Dark / Light Theme', 'Toggle Side Panel', 'Find…']);
  });

  it('keeps entries holding every word, title starts first, then word starts, then inside', () => {
    expect(titles('them')).toEqual(['Dark / Light Theme']);
    expect(titles('toggle side')).toEqual(['Toggle Side Panel']);
    expect(titles('t')).toEqual(['Toggle Side Panel', 'Dark / Light Theme', 'Find…']);
  });

  it('matches the description when the title does not', () => {
    expect(titles('project')).toEqual(['Find…']);
  });

  it('never offers the desktop-only or disabled commands', () => {
    expect(titles('new project')).toEqual([]);
    expect(titles('redo')).toEqual([]);
  });
});
