import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { infoTagNames } from '../../shared/formats';
import { countOf } from '../../shared/text';

/** A Parquet file's rows as JSON Lines, and the tag names its `datasets` metadata gives; or why it could not be read. */
export type DecodedTable =
  | { readonly content: string; readonly note: string; readonly tagNames: string[] | null }
  | { readonly line?: undefined; readonly reason: string };

/** Longest JSON Lines text a Parquet file may become (V8 strings stop near 512 Mi characters). */
export const MAX_TABLE_CHARS = 256 * 1024 * 1024;

/** Rows decoded at a time, so a large row group is not held twice over. */
const ROWS_PER_READ = 4096;

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1", at both ends of every Parquet file

/**
 * Reads a Parquet file (as `datasets`' `to_parquet` and the Hugging Face Hub write them;
 * every codec Parquet names) into JSON Lines, one record per row, so the JSON readers read
 * it: line N of the text is row N. Integers beyond 2^53 become strings and binary columns
 * base64 strings. The integer tags' names come from the `huggingface` key-value metadata
 * `datasets` writes into the file (`info.features.ner_tags…names`).
 * @example await decodeParquet(bytesOf('train.parquet')) → { content: '{"tokens":["EU"],"ner_tags":[3]}\n…', tagNames: ['O', 'B-PER', …] }
 */
export async function decodeParquet(bytes: Uint8Array): Promise<DecodedTable> {
  const end = bytes.byteLength;
  if (end < 12 || MAGIC.some((b, i) => bytes[i] !== b || bytes[end - 4 + i] !== b))
    return {
      reason:
        'is not a Parquet file (it does not begin and end with PAR1); if it was cut short, copy it again',
    };
  const file = bytes.slice().buffer; // its own ArrayBuffer, as hyparquet reads one
  try {
    const metadata = parquetMetadata(file);
    const rows = Number(metadata.num_rows);
    const lines: string[] = [];
    let chars = 0;
    for (let start = 0; start < rows; start += ROWS_PER_READ) {
      const read = await parquetReadObjects({
        file,
        metadata,
        compressors,
        rowStart: start,
        rowEnd: Math.min(rows, start + ROWS_PER_READ),
      });
      for (const row of read) {
        const line = JSON.stringify(jsonOf(row));
        chars += line.length + 1;
        if (chars > MAX_TABLE_CHARS)
          return {
            reason: `holds more than ${MAX_TABLE_CHARS / (1024 * 1024)} Mi characters of records (at row ${lines.length + 1} of ${rows}); split it into smaller files (datasets: ds.shard(n, i).to_parquet(…)) and import them together`,
          };
        lines.push(line);
      }
    }
    const tagNames = tagNamesOf(metadata);
    return {
      content: lines.join('\n'),
      tagNames,
      note: `Parquet: ${countOf(rows, 'row')} read as JSON records (line N in a message is row N)${tagNames ? `; tag names from its datasets metadata (${tagNames.slice(0, 4).join(', ')}${tagNames.length > 4 ? ', …' : ''})` : ''}`,
    };
  } catch (error) {
    return {
      reason: `is a Parquet file Loupe could not read (${error instanceof Error ? error.message : String(error)}); write it again with pyarrow's defaults, or as JSON Lines with ds.to_json("train.jsonl"), and import that`,
    };
  }
}

/** The tag names in the `huggingface` metadata `datasets` writes: `{"info": {"features": …}}`. */
function tagNamesOf(metadata: FileMetaData): string[] | null {
  const entry = metadata.key_value_metadata?.find((kv) => kv.key === 'huggingface');
  if (entry?.value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(entry.value);
    return typeof parsed === 'object' && parsed !== null && 'info' in parsed
      ? infoTagNames(parsed.info)
      : null;
  } catch {
    return null;
  }
}

/** A decoded cell as JSON: big integers as numbers while exact (else strings), bytes as base64, dates as ISO text. */
function jsonOf(value: unknown): unknown {
  if (typeof value === 'bigint')
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonOf);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return Array.from(value as unknown as ArrayLike<unknown>, jsonOf);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonOf(v)]));
  return value;
}
