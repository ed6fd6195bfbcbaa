import { describe, expect, it } from 'vitest';
import { COMMANDS, type KeyChord } from '../../../../src/shared/commands';
import type { CommandKeyEntry } from '../../../../src/renderer/src/commands';
import { decisionKeyItems } from '../../../../src/renderer/src/features/review/decisionKeyItems';

/** Every command with its declared keys, but `keys` where given (the user's own). */
function entries(keys: Readonly<Record<string, readonly KeyChord[]>> = {}): CommandKeyEntry[] {
  return COMMANDS.map((spec) => ({
    spec,
    keys: keys[spec.id] ?? spec.keys,
    taken: [],
    runnable: true,
  }));
}

const line = (items: ReturnType<typeof decisionKeyItems>): string =>
  items.map((i) => `${i.keys.join(' ')} ${i.does}`).join(' · ');

describe('decisionKeyItems', () => {
  it("groups a review's keys short enough for one line, every key kept", () => {
    expect(line(decisionKeyItems(entries(), 'review'))).toBe(
      'J K next, previous · N Shift+N open disagreement · A B C accept A, B, both · X reject · ' +
        'Shift+A accept all agreed · Esc back',
    );
    expect(decisionKeyItems(entries(), 'review')[0]?.full).toBe('J: next item; K: previous item');
  });

  it("groups an adjudication's keys the same way", () => {
    expect(line(decisionKeyItems(entries(), 'panel'))).toBe(
      'J K next, previous · N Shift+N open disagreement · A accept · X reject · ' +
        'Shift+A accept majority · Esc back',
    );
  });

  it('lists a command alone under its title when one of its group has no key', () => {
    const items = decisionKeyItems(entries({ acceptB: [], previousItem: ['Alt+k'] }), 'review');
    expect(line(items)).toMatch(
      /^J Alt\+K next, previous · .* · A accept a · C accept both · X reject/,
    );
  });
});
