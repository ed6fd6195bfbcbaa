import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapEntities } from '../../../src/node/interchange/mapEntities';
import { EntityRegistry } from '../../../src/node/store';
import type { FormatBundle } from '../../../src/shared/formats';
import type { Entity } from '../../../src/shared/model';
import { tempDir } from '../../helpers/tempProject';

function entity(id: string, name: string): Entity {
  return { id, name, type: 'GPE', aliases: [] };
}

describe('mapEntities', () => {
  it('keeps an imported id only when no entity file has it in another case (one file on macOS)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'entities'));
    writeFileSync(
      join(dir, 'entities', 'e_iraq.json'),
      JSON.stringify({ formatVersion: 1, ...entity('e_iraq', 'Iraq') }),
    );
    const registry = await EntityRegistry.load(dir, []);
    const bundle = {
      documents: [],
      entities: [
        entity('E_IRAQ', 'Iraq (imported)'),
        entity('mosul', 'Mosul'),
        entity('Mosul', 'Mosul 2'),
      ],
    } as unknown as FormatBundle;
    const { ids } = mapEntities(bundle, registry);
    expect(ids.get('mosul')).toBe('mosul');
    expect(ids.get('E_IRAQ')).toMatch(/^e_[0-9a-f]{16}$/);
    expect(ids.get('Mosul')).toMatch(/^e_[0-9a-f]{16}$/);
  });
});
