import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { atomicWrite, type DurableFs, nodeDurableFs } from './atomicWrite';
import { jsonTextOf } from './jsonErrorLine';
import { MAX_META_BYTES, readProjectFile } from './readProjectFile';
import { stableStringify } from './stableStringify';
import { parseStoredJson } from './storedJson';

/**
 * A lowdb adapter for one JSON file: reads validate against a zod schema and the format
 * version; writes are atomic and durable (temp, fsync, rename, fsync folder) with a stable
 * key order. A missing file reads as null.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly label: string = path,
    private readonly io: DurableFs = nodeDurableFs,
  ) {}

  async read(): Promise<T | null> {
    const bytes = await readProjectFile(this.path, {
      dir: dirname(this.path),
      label: this.label,
      maxBytes: MAX_META_BYTES,
    });
    if (bytes === null) return null;
    return parseStoredJson(jsonTextOf(bytes, this.label), this.schema, this.label);
  }

  async write(data: T): Promise<void> {
    await atomicWrite(this.path, stableStringify(data), this.io);
  }
}
