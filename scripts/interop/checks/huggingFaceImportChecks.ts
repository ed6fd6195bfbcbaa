import { join } from 'node:path';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import type { InteropContext } from '../interopContext';
import { runSteps } from '../loupeCli';
import { runPython } from '../runPython';

interface SourceRecord {
  readonly id: string;
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
  /** The tags as the file stores them: ClassLabel ids. */
  readonly ids: readonly number[];
  readonly fields: Readonly<Record<string, unknown>>;
}
interface LoadedRecord extends SourceRecord {
  readonly problems: readonly string[];
}
interface SourceReport {
  readonly records: readonly SourceRecord[];
  /** `features['ner_tags'].feature.names`. */
  readonly names: readonly string[];
}
interface LoadReport {
  readonly records: readonly LoadedRecord[];
  readonly names?: readonly string[];
  readonly error: string | null;
}

const FIELDS = 'kept id, pos_tags, chunk_tags written back as datasets wrote them';
const IDS = "tag ids and features['ner_tags'].feature.names as the source's";

/** How `datasets` hands the records over: to_json (+ dataset_info.json), or to_parquet alone. */
type Written = 'json' | 'parquet';

/**
 * The import side with `datasets` at both ends: `Dataset.to_json` writes CoNLL-2003-style
 * records (and save_to_disk's dataset_info.json names the tags), Loupe imports them and
 * exports HF again, and `load_dataset` + the ClassLabel cast reads back the same tokens and
 * tag names record by record, with each record's id, pos_tags and chunk_tags as they were.
 */
export function huggingFaceImportChecks(ctx: InteropContext): Promise<CheckResult[]> {
  return importChecks(ctx, 'json');
}

/** The same with the records as `Dataset.to_parquet` writes them, the tag names in the file. */
export function huggingFaceParquetChecks(ctx: InteropContext): Promise<CheckResult[]> {
  return importChecks(ctx, 'parquet');
}

async function importChecks(ctx: InteropContext, kind: Written): Promise<CheckResult[]> {
  const format = kind === 'json' ? 'Hugging Face import' : 'Hugging Face Parquet import';
  const tagsCheck = `datasets to_${kind} → loupe import → export → load_dataset: tags equal`;
  const checks = [tagsCheck, FIELDS, IDS];
  const python = ctx.python;
  if (!python.ok) return checks.map((c) => skipped(format, c, python.reason));
  const source = join(ctx.work, `hf-import-${kind}`, 'source');
  const written = await runPython<SourceReport>(python, 'hf_write.py', [
    source,
    ...(kind === 'parquet' ? ['--parquet'] : []),
  ]);
  if (!written.ok) return checks.map((c) => broken(format, c, written.reason));
  const project = join(ctx.work, `hf-import-${kind}`, 'project');
  const out = join(project, 'exports', 'hf');
  const runs = [
    ['init', project],
    ['import', project, source, '--format', 'hf', '--annotator', 'interop'],
    ['export', project, '--format', 'hf', '--annotator', 'interop', '--out', out],
  ];
  const failed = await runSteps(ctx.loupe, runs);
  if (failed) return checks.map((c) => broken(format, c, failed));
  const loaded = await runPython<LoadReport>(python, 'hf_dataset.py', [
    join(out, 'train.jsonl'), // the records written back to their file (train.parquet's as JSON Lines)
    join(out, 'label_names.json'),
  ]);
  if (!loaded.ok) return checks.map((c) => broken(format, c, loaded.reason));
  if (loaded.value.error)
    return checks.map((c) => broken(format, c, `datasets: ${loaded.value.error ?? ''}`));
  return [
    ...compare(written.value.records, loaded.value.records, format, tagsCheck),
    sameIds(written.value, loaded.value, format),
  ];
}

/**
 * The export's ClassLabel names are the source's in its order, and each record's tags have
 * the source's ids: a source's B-PER stays 1, whatever order the project lists its labels in.
 */
function sameIds(source: SourceReport, loaded: LoadReport, format: string): CheckResult {
  const mismatches: string[] = [];
  const names = loaded.names ?? [];
  const kept = source.names.every((name, i) => names[i] === name);
  if (!kept)
    mismatches.push(`names ${JSON.stringify(names)}, the source's ${JSON.stringify(source.names)}`);
  const byId = new Map(loaded.records.map((r) => [r.id, r]));
  let same = 0;
  for (const record of source.records) {
    const back = byId.get(record.id)?.ids ?? [];
    if (kept && JSON.stringify(back) === JSON.stringify(record.ids)) same++;
    else
      mismatches.push(
        `record ${record.id}: ids ${JSON.stringify(back)}, the source's ${JSON.stringify(record.ids)}`,
      );
  }
  return tallied(format, IDS, 'records', same, source.records.length, mismatches);
}

/** Tokens and tags, then kept fields, record by record (matched by id). */
function compare(
  source: readonly SourceRecord[],
  loaded: readonly LoadedRecord[],
  format: string,
  tagsCheck: string,
): CheckResult[] {
  const byId = new Map(loaded.map((r) => [r.id, r]));
  const tagMismatches: string[] = [];
  const fieldMismatches: string[] = [];
  let tokens = 0;
  let sameTokens = 0;
  let sameFields = 0;
  for (const record of source) {
    tokens += record.tokens.length;
    const back = byId.get(record.id);
    if (!back) {
      tagMismatches.push(
        `record ${record.id}: not in the export (ids: ${[...byId.keys()].join(', ')})`,
      );
      fieldMismatches.push(`record ${record.id}: not in the export`);
      continue;
    }
    for (const [i, token] of record.tokens.entries()) {
      const same = back.tokens[i] === token && back.tags[i] === record.tags[i];
      if (same) sameTokens++;
      else
        tagMismatches.push(
          `record ${record.id} token ${i}: ${token}/${record.tags[i] ?? ''} came back as ${back.tokens[i] ?? '(none)'}/${back.tags[i] ?? '(none)'}`,
        );
    }
    if (back.tokens.length !== record.tokens.length)
      tagMismatches.push(
        `record ${record.id}: ${record.tokens.length} tokens, ${back.tokens.length} back`,
      );
    const differing = Object.keys(record.fields).filter(
      (key) => JSON.stringify(back.fields[key]) !== JSON.stringify(record.fields[key]),
    );
    if (differing.length === 0) sameFields++;
    else fieldMismatches.push(`record ${record.id}: ${differing.join(', ')} differ`);
  }
  return [
    tallied(format, tagsCheck, 'tokens', sameTokens, tokens, tagMismatches),
    tallied(format, FIELDS, 'records', sameFields, source.length, fieldMismatches),
  ];
}
