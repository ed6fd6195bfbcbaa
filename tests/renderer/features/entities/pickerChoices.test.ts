import { describe, expect, it } from 'vitest';
import { rankEntities } from '../../../../src/shared/entities';
import type { Entity } from '../../../../src/shared/model';
import {
  pickerChoices,
  type PickerChoice,
} from '../../../../src/renderer/src/features/entities/pickerChoices';

const entity = (id: string, name: string, type: string, aliases: string[] = []): Entity => ({
  id,
  name,
  type,
  aliases,
});
const primeMinister = entity('e1', 'Prime Minister', 'PERSON', ['Adel Abdul']);
const pompeoPlace = entity('e2', 'Pompeo', 'LOCATION');
const pompeo = entity('e3', 'Pompeo', 'PERSON');
const washington = entity('e4', 'Washington', 'LOCATION');

/** The choices as the picker lists them: an entity's id, or "+name" for a new entity. */
function order(
  query: string,
  registry: Entity[],
  type: string | null,
  create = true,
  mentioned: ReadonlySet<string> = new Set(),
): string[] {
  // As the workbench answers the search (src/node/services/entityService.ts).
  const found = query.trim()
    ? rankEntities(query, registry, 20, 0.45)
    : registry.map((entity) => ({ entity, score: 0, matched: entity.name }));
  const types = type === null ? null : type.split(',');
  return pickerChoices(query, found, { create, types, mentioned }).map((c: PickerChoice) =>
    c.kind === 'create' ? `+${c.name}` : c.candidate.entity.id,
  );
}

describe('pickerChoices', () => {
  it('puts a new entity first when no name matches the span well (not one that shares letters)', () => {
    // "Prime Minister" is found for "Mike Pompeo" (about 50% alike): it is offered, but after.
    expect(order('Mike Pompeo', [primeMinister, washington], 'PERSON')).toEqual([
      '+Mike Pompeo',
      'e1',
    ]);
  });

  it('puts the same name first, of the span’s type before another type', () => {
    expect(order('Prime Minister', [primeMinister, washington], 'PERSON')[0]).toBe('e1');
    expect(order('Pompeo', [pompeoPlace, pompeo], 'PERSON')).toEqual(['e3', '+Pompeo', 'e2']);
    expect(order('Pompeo', [pompeoPlace, pompeo], 'LOCATION')).toEqual(['e2', '+Pompeo', 'e3']);
  });

  it('puts a close name (an alias, a part, another spelling) before a new entity', () => {
    expect(order('Adel Abdul', [primeMinister], 'PERSON')).toEqual(['e1', '+Adel Abdul']);
    expect(order('Mike Pompeo', [primeMinister, pompeo], 'PERSON')).toEqual([
      'e3',
      '+Mike Pompeo',
      'e1',
    ]);
    expect(order('Washingtn', [washington], 'LOCATION')[0]).toBe('e4');
  });

  it('takes any type when the span’s label is no entity type', () => {
    expect(order('Pompeo', [pompeoPlace], null)).toEqual(['e2', '+Pompeo']);
  });

  it('offers no new entity where the picker makes none, nor for an empty query', () => {
    expect(order('Mike Pompeo', [primeMinister], 'PERSON', false)).toEqual(['e1']);
    const all = [washington, primeMinister].map((e) => ({ entity: e, score: 0, matched: e.name }));
    expect(pickerChoices(' ', all, { create: true, types: ['PERSON'] })).toEqual([
      { kind: 'entity', candidate: all[1] },
      { kind: 'entity', candidate: all[0] },
    ]);
  });

  it('shows at most `limit` entities, the best kept', () => {
    const found = rankEntities('Pompeo', [pompeoPlace, pompeo], 20, 0.45);
    const shown = pickerChoices('Pompeo', found, { create: true, types: ['PERSON'], limit: 1 });
    expect(shown.map((c) => (c.kind === 'create' ? '+' : c.candidate.entity.id))).toEqual([
      'e3',
      '+',
    ]);
  });

  it('lists wanted types first, then what the document mentions, for an empty query (a stance’s holder)', () => {
    const omar = entity('e5', 'Omar', 'PERSON');
    const unions = entity('e6', 'Unions', 'ORG');
    const registry = [washington, pompeo, omar, unions, pompeoPlace];
    const here = new Set(['e5', 'e6', 'e4']);
    expect(order('', registry, 'PERSON,ORG', true, here)).toEqual(['e5', 'e6', 'e3', 'e4', 'e2']);
    // Any type (a stance's target): the document's own entities first.
    expect(order('', registry, null, true, here)).toEqual(['e5', 'e6', 'e4', 'e3', 'e2']);
  });

  it('puts a close name the document mentions before an equally close stranger', () => {
    expect(
      order('Pompeo', [pompeo, pompeoPlace], 'PERSON,LOCATION', false, new Set(['e2'])),
    ).toEqual(['e2', 'e3']);
    // A closer name still comes first, mentioned or not.
    expect(order('Prime Minister', [primeMinister, pompeo], null, false, new Set(['e3']))[0]).toBe(
      'e1',
    );
  });
});
