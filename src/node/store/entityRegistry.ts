import { readdir, unlink } from 'node:fs/promises';
import { z } from 'zod';
import { entitySchema, keepProtoFields, FORMAT_VERSION, type Entity } from '../../shared/model';
import { DurableJsonFile } from './durableJsonFile';
import { parseStoredJson } from './storedJson';
import { jsonTextOf } from './jsonErrorLine';
import { ensureFolder } from './ensureFolder';
import { projectLayout as at } from './projectLayout';
import type { LoadProblem } from './loadProblem';
import { MAX_META_BYTES, readProjectFile } from './readProjectFile';
import { StoreError } from './storeError';
import { WriteQueue } from './writeQueue';

const storedEntitySchema = entitySchema.extend({ formatVersion: z.literal(FORMAT_VERSION) });

/**
 * The project-wide entity registry: one file per entity in `entities/`, so teammates who
 * add different entities never touch the same file. A merged entity stays as a pointer
 * (`mergedInto`) so every layer's links keep resolving.
 */
export class EntityRegistry {
  private readonly queue = new WriteQueue();

  private constructor(
    private readonly projectDir: string,
    private readonly entities: Map<string, Entity>,
  ) {}

  static async load(projectDir: string, problems: LoadProblem[]): Promise<EntityRegistry> {
    const folder = at.entities(projectDir);
    const entities = new Map<string, Entity>();
    const names = await readdir(folder).catch((): string[] => []);
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const file = `entities/${name}`;
      try {
        const bytes = await readProjectFile(`${folder}/${name}`, {
          dir: projectDir,
          label: file,
          maxBytes: MAX_META_BYTES,
        });
        if (bytes === null)
          throw new StoreError(
            file,
            'was removed while Loupe read the folder, so its entity is not known; open the project again',
            'io',
          );
        const { formatVersion: _v, ...entity } = parseStoredJson(
          jsonTextOf(bytes, file),
          storedEntitySchema,
          file,
        );
        if (`${entity.id}.json` !== name)
          throw new StoreError(file, `its id ${entity.id} does not match the file name`);
        entities.set(entity.id, entity);
      } catch (error) {
        const e = error instanceof StoreError ? error : new StoreError(file, String(error), 'io');
        problems.push({ file: e.file, reason: e.reason, ...(e.line ? { line: e.line } : {}) });
      }
    }
    return new EntityRegistry(projectDir, entities);
  }

  /** Live entities (not merged away), by name. */
  list(): Entity[] {
    return [...this.entities.values()]
      .filter((e) => !e.mergedInto)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Every stored entity's id, merged ones too: each has its file. */
  ids(): string[] {
    return [...this.entities.keys()];
  }

  /** An entity by id, following merges; undefined when unknown. */
  resolve(id: string): Entity | undefined {
    let entity = this.entities.get(id);
    for (let hops = 0; entity?.mergedInto && hops < 100; hops++)
      entity = this.entities.get(entity.mergedInto);
    return entity;
  }

  /** The stored record itself (merged or not). */
  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** Writes (or with null, deletes) one entity file atomically; only the ProjectFolder's commit calls it. */
  async put(id: string, entity: Entity | null): Promise<void> {
    await this.queue.run(id, async () => {
      const file = new DurableJsonFile(at.entity(this.projectDir, id), storedEntitySchema);
      await ensureFolder(at.entities(this.projectDir));
      if (entity) {
        const valid = keepProtoFields(entity, entitySchema.parse(entity));
        await file.write({ formatVersion: FORMAT_VERSION, ...valid });
        this.entities.set(id, valid);
      } else {
        await unlink(file.path).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        this.entities.delete(id);
      }
    });
  }
}
