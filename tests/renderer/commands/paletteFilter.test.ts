import { describe, expect, it } from 'vitest';
import { paletteFilter, type CommandEntry } from '../../../src/renderer/src/commands';
import { commandSpec, type CommandId } from '../../../src/shared/commands';

function entry(id: CommandId, more: Partial<CommandEntry> = {}): CommandEntry {
  const spec = commandSpec(id);
  return {
    spec,
    keys: spec.keys,
    taken: [],
    runnable: true,
    enabled: true,
    unavailable: null,
    ...more,
  };
}

const ENTRIES = [
  entry('undo'),
  entry('toggleTheme'),
  entry('toggleSidePanel'),
  entry('find'),
  entry('newProject', { runnable: false }),
  entry('redo', { enabled: false }),
  entry('addFragment', { enabled: false, unavailable: 'Select a span first' }),
];

function titles(query: string): string[] {
  return paletteFilter(ENTRIES, query).map((e) => e.spec.title);
}

describe('paletteFilter', () => {
  it('lists every command for an empty query, those that can run now first, in declaration order', () => {
    expect(titles('')).toEqual([
      'Undo',
      'Dark / Light Theme',
      'Toggle Side Panel',
      'Find…',
      'Add Fragment to Span',
    ]);
  });

  it('keeps entries holding every word, title starts first, then word starts, then inside', () => {
    expect(titles('them')).toEqual(['Dark / Light Theme']);
    expect(titles('toggle side')).toEqual(['Toggle Side Panel']);
    expect(titles('t')).toEqual([
      'Toggle Side Panel',
      'Dark / Light Theme',
      'Find…',
      'Add Fragment to Span',
    ]);
  });

  it('matches the description when the title does not', () => {
    expect(titles('project')).toEqual(['Find…']);
  });

  it('never offers the desktop-only commands, nor those that cannot run and say nothing why', () => {
    expect(titles('new project')).toEqual([]);
    expect(titles('redo')).toEqual([]);
  });

  // Typing "undo" with nothing to undo found nothing: a user could not learn the command was
  // there, nor why it was off.
  it('lists a command that cannot run now and says why after those that can, whatever its score', () => {
    expect(titles('fragment')).toEqual(['Add Fragment to Span']);
    expect(titles('a')).toEqual([
      'Dark / Light Theme',
      'Toggle Side Panel',
      'Find…',
      'Add Fragment to Span',
    ]);
  });
});
