import { describe, expect, it } from 'vitest';
import { CommandRegistry, keyHintGroups } from '../../../src/renderer/src/commands';
import { span } from '../../helpers/span';
import { startedModel } from '../helpers/testModel';

async function groups() {
  const { model } = await startedModel([span(0, 11, 'PERSON', 's1')]);
  return keyHintGroups(new CommandRegistry(model, false).entries());
}

describe('keyHintGroups', () => {
  it('lists the annotation keys by situation, each key once in each', async () => {
    const found = await groups();
    expect(found.map((g) => g.title)).toEqual([
      'In the text',
      'On a selected span',
      'Making a relation',
      'On a suggestion',
    ]);
    for (const group of found) {
      const keys = group.hints.map((h) => h.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('shows a command by its first key only: Delete, not Backspace too, for the span', async () => {
    const span = (await groups()).find((g) => g.title === 'On a selected span');
    expect(span?.hints).toContainEqual({ key: 'Del', does: 'delete the selected span' });
    expect(span?.hints.map((h) => h.key)).not.toContain('Backspace');
  });

  it('shows Enter and Backspace once for both kinds of suggestion', async () => {
    const suggestion = (await groups()).find((g) => g.title === 'On a suggestion');
    const keys = suggestion?.hints.map((h) => h.key) ?? [];
    expect(keys.filter((k) => k === 'Enter')).toHaveLength(1);
    expect(keys.filter((k) => k === 'Backspace')).toHaveLength(1);
  });

  // With a label keyed F, F on a selected span relabels it: the hint offered F for Add fragment.
  it('leaves out a key a label always takes from its command', async () => {
    const { model } = await startedModel([span(0, 11, 'PERSON', 's1')]);
    const registry = new CommandRegistry(model, false);
    const before = keyHintGroups(registry.keyEntries()).find(
      (g) => g.title === 'On a selected span',
    );
    expect(before?.hints.map((h) => h.key)).toContain('F');
    const entries = registry
      .keyEntries()
      .map((entry) =>
        entry.spec.id === 'addFragment'
          ? { ...entry, taken: [{ chord: 'f', label: 'PERSON', always: true }] }
          : entry,
      );
    const onSpan = keyHintGroups(entries).find((g) => g.title === 'On a selected span');
    expect(onSpan?.hints.map((h) => h.key)).not.toContain('F');
    expect(onSpan?.hints.map((h) => h.key)).toContain('R');
  });
});
