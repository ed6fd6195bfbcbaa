import { infoTagNames } from '../../shared/formats';
import { countOf } from '../../shared/text';

/** A Parquet or Arrow file's rows as JSON Lines, and the tag names its `datasets` metadata gives; or why it could not be read. */
export type DecodedTable =
  | { readonly content: string; readonly note: string; readonly tagNames: string[] | null }
  | { readonly line?: undefined; readonly reason: string };

/** Longest JSON Lines text a table file may become (V8 strings stop near 512 Mi characters). */
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
    // Loaded when first needed, so the app's start does not parse them (their own chunk).
    const [{ parquetMetadata, parquetReadObjects }, { compressors }] = await Promise.all([
      import('hyparquet'),
      import('hyparquet-compressors'),
    ]);
    const metadata = parquetMetadata(file);
    const rows = Number(metadata.num_rows);
    const lines = new JsonLines(rows);
    for (let start = 0; start < rows && !lines.full; start += ROWS_PER_READ) {
      const read = await parquetReadObjects({
        file,
        metadata,
        compressors,
        rowStart: start,
        rowEnd: Math.min(rows, start + ROWS_PER_READ),
      });
      for (const row of read) if (!lines.add(row)) break;
    }
    const hf = metadata.key_value_metadata?.find((kv) => kv.key === 'huggingface')?.value;
    return lines.decoded('Parquet', hf);
  } catch (error) {
    return {
      reason: `is a Parquet file Loupe could not read (${messageOf(error)}); write it again with pyarrow's defaults, or as JSON Lines with ds.to_json("train.jsonl"), and import that`,
    };
  }
}

/**
 * Reads an Arrow IPC file or stream (what `datasets`' `save_to_disk` writes as
 * `data-00000-of-00001.arrow`, and its cache files) into JSON Lines as decodeParquet does;
 * the tag names come from the `huggingface` schema metadata (or `dataset_info.json` beside).
 * @example decodeArrow(bytesOf('saved/data-00000-of-00001.arrow')) → { content: '{"id":"0","tokens":["EU",…],…}\n…', tagNames: […] }
 */
export async function decodeArrow(bytes: Uint8Array): Promise<DecodedTable> {
  if (!isWholeArrow(bytes))
    return {
      reason:
        'is not a whole Arrow file (it ends without the end-of-stream mark an Arrow writer puts last); if it was cut short, copy it again',
    };
  try {
    const { tableFromIPC } = await import('apache-arrow');
    const table = tableFromIPC(bytes);
    const lines = new JsonLines(table.numRows);
    for (const row of table) if (!lines.add(row?.toJSON() ?? null)) break;
    return lines.decoded('Arrow', table.schema.metadata.get('huggingface'));
  } catch (error) {
    return {
      reason: `is not an Arrow file Loupe can read (${messageOf(error)}); write the dataset with ds.to_parquet("train.parquet") or ds.to_json("train.jsonl") and import that`,
    };
  }
}

/** The Arrow file format's magic, at its start and end; a stream instead ends with the end-of-stream mark. */
const ARROW_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
const END_OF_STREAM = [0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0];

/** Whether the bytes end as a whole Arrow file or stream does: a stream cut between two record batches would read as fewer rows. */
function isWholeArrow(bytes: Uint8Array): boolean {
  const tail = (mark: readonly number[]) =>
    bytes.byteLength >= mark.length &&
    mark.every((b, i) => bytes[bytes.byteLength - mark.length + i] === b);
  return ARROW_MAGIC.every((b, i) => bytes[i] === b) ? tail(ARROW_MAGIC) : tail(END_OF_STREAM);
}

/** The rows of a table file as JSON Lines, stopped once past MAX_TABLE_CHARS. */
class JsonLines {
  private readonly lines: string[] = [];
  private chars = 0;
  full = false;

  constructor(private readonly rows: number) {}

  /** Adds a row; false (and full) once the text would pass the bound. */
  add(row: unknown): boolean {
    const line = JSON.stringify(jsonOf(row));
    this.chars += line.length + 1;
    this.full = this.chars > MAX_TABLE_CHARS;
    if (!this.full) this.lines.push(line);
    return !this.full;
  }

  /** The text and its note, or why it is too long; `hf` is the file's `huggingface` metadata. */
  decoded(kind: string, hf: string | undefined): DecodedTable {
    if (this.full)
      return {
        reason: `holds more than ${MAX_TABLE_CHARS / (1024 * 1024)} Mi characters of records (at row ${this.lines.length + 1} of ${this.rows}); split it into smaller files (datasets: ds.shard(n, i).to_parquet(…)) and import them together`,
      };
    const tagNames = tagNamesOf(hf);
    return {
      content: this.lines.join('\n'),
      tagNames,
      note: `${kind}: ${countOf(this.rows, 'row')} read as JSON records (line N in a message is row N)${tagNames ? `; tag names from its datasets metadata (${tagNames.slice(0, 4).join(', ')}${tagNames.length > 4 ? ', …' : ''})` : ''}`,
    };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The tag names in the `huggingface` metadata `datasets` writes: `{"info": {"features": …}}`. */
function tagNamesOf(hf: string | undefined): string[] | null {
  if (hf === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(hf);
    return typeof parsed === 'object' && parsed !== null && 'info' in parsed
      ? infoTagNames(parsed.info)
      : null;
  } catch {
    return null;
  }
}

/** A typed array (an Arrow or Parquet number list): an ArrayBuffer view that is not a DataView. */
function isTypedArray(value: unknown): value is ArrayLike<unknown> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** An Arrow list cell (a Vector: what `toJSON` leaves of a row's lists). */
function isArrowVector(value: unknown): value is { toArray(): ArrayLike<unknown> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'toArray' in value &&
    typeof value.toArray === 'function'
  );
}

/** A decoded cell as JSON: big integers as numbers while exact (else strings), bytes as base64, dates as ISO text, Arrow lists as arrays. */
function jsonOf(value: unknown): unknown {
  if (typeof value === 'bigint')
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonOf);
  if (isArrowVector(value)) return Array.from(value.toArray(), jsonOf);
  if (isTypedArray(value)) return Array.from(value, jsonOf);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonOf(v)]));
  return value;
}
