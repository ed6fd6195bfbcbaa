import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { FORMAT_VERSION } from '../../shared/model';
import { atomicWrite, type DurableFs, nodeDurableFs } from './atomicWrite';
import { jsonTextOf, parseJsonText } from './jsonErrorLine';
import { MAX_META_BYTES, readProjectFile } from './readProjectFile';
import { stableStringify } from './stableStringify';
import { StoreError } from './storeError';
import { isRecord } from '../../shared/collections';

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

/** Parses and validates a stored JSON file's text, naming the file, line and reason on failure. */
export function parseStoredJson<T>(raw: string, schema: z.ZodType<T>, label: string): T {
  const json = parseJsonText(raw, label);
  if (!isRecord(json))
    throw new StoreError(
      label,
      `holds ${jsonKindOf(json)}, not the JSON object Loupe writes: restore it from a copy or from the project's history`,
      'invalid',
    );
  const version = json.formatVersion;
  if (version === undefined)
    throw new StoreError(
      label,
      `has no formatVersion (this Loupe reads ${FORMAT_VERSION}): it is not a file Loupe wrote, or was cut short`,
      'version',
    );
  if (version !== FORMAT_VERSION) {
    throw new StoreError(
      label,
      `unknown format version ${JSON.stringify(version)} (this Loupe reads ${FORMAT_VERSION})`,
      'version',
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new StoreError(
      label,
      `does not match the schema${where}: ${issue?.message ?? 'invalid'}`,
      'invalid',
    );
  }
  return parsed.data;
}

/** What a JSON value is, for a message: "a JSON array", "a JSON string", "null". */
function jsonKindOf(json: unknown): string {
  if (json === null) return 'null';
  return Array.isArray(json) ? 'a JSON array' : `a JSON ${typeof json}`;
}
