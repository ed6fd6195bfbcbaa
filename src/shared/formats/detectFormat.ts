import {
  ErrorCollector,
  extensionOf,
  FormatError,
  FormatErrors,
  isAnnotationKey,
  isSpacyCats,
  isTokenFile,
  lineAt,
  pathStem,
  pipedTokenLine,
  rawFit,
  readJsonRecords,
  recordFit,
  SPACY_CATS,
  splitLines,
  taggedTokenLine,
  unreadAnnotationKeys,
} from './common';
import type { FormatFile, FormatId, JsonObjectLine } from './common';
import { PARTIAL_ANN_EXTENSIONS } from './brat/read';
import { isOntonotesFile } from './conll/ontonotesRead';
import { isDoccanoCsv } from './doccano/csv';
import { isFastTextFile } from './doccano/fastText';
import { isNameFile } from './huggingFace/tagNames';
import { isLabelStudioCsv } from './labelStudio/csvMin';
import { isMaeFile } from './mae/isMaeFile';
import { isPubtatorFile } from './pubtator/isPubtatorFile';
import { isBiocFile } from './bioc/isBiocFile';
import { isBiocJson } from './bioc/isBiocJson';
import { idOnlyStanceReason, stanceColumns } from './stanceTsv/header';
import { isSpacyJsonFile } from './spacyJson/isSpacyJsonFile';
import { isWebannoFile } from './webanno/isWebannoFile';
import { isTypeSystem } from './xmi/zipNames';

/** A file's format, or why none fits. */
export type Placed = FormatId | { reason: string };

/** An inline entity tag of MUC / OntoNotes name files: `<ENAMEX TYPE="PERSON">`. */
const INLINE_TAG = /<(ENAMEX|TIMEX|NUMEX)\s[^>]*TYPE=[^>]*>/i;

/** brat annotation files: the joined `.ann` and BioNLP Shared Task parts, which brat joins. */
const ANN_EXTENSIONS: readonly string[] = ['.ann', ...PARTIAL_ANN_EXTENSIONS];

/** JSON and JSON Lines files, read by their records; `.json1` is what doccano 1.0 named its JSONL export (`file.json1`). */
const JSON_EXTENSIONS: ReadonlySet<string> = new Set([
  '.json',
  '.jsonl',
  '.json1',
  '.parquet',
  '.arrow',
]);

/** Extensions only token files (CoNLL / IOB) have; their reader says what is wrong with one that is not. */
const TOKEN_EXTENSIONS: ReadonlySet<string> = new Set([
  '.conll',
  '.conllu',
  '.iob',
  '.iob2',
  '.bio',
  '.nersuite',
]);

/**
 * The CoNLL shared tasks' own file names (`eng.train`, `eng.testa`, `esp.testb`, …): token
 * files when their lines are tagged tokens.
 */
export const SHARED_TASK_EXTENSIONS: ReadonlySet<string> = new Set([
  '.train',
  '.testa',
  '.testb',
  '.dev',
  '.test',
]);

/**
 * Picks the format of a batch for `--format auto`. brat (`.ann`, and BioNLP's `.a1`, `.a2`, `.co`,
 * `.rel`) and plain text go by extension, as do
 * UIMA CAS XMI (`.xmi`, `TypeSystem.xml`, and `.zip`: INCEpTION's exports), MAE annotation files (`.xml` whose root holds a TEXT with CDATA and a TAGS element), spaCy's JSON training format (a `.json` list of `{paragraphs: […]}` documents, told by its head), spaCy's DocBin (`.spacy`), WebAnno TSV 3 (a `.tsv` opening `#FORMAT=WebAnno TSV`), Label Studio's CSV and TSV exports (their header), doccano's CSV export (a `text,label` header), PubTator (`.pubtator`, and a `.txt` opening with `PMID|t|` and `PMID|a|` lines), doccano's fastText export (a `.txt` opening with `__label__`), CoNLL / IOB token files (`.conll`, `.iob`, `.iob2` (JNLPBA), `.bio`, `.nersuite` (NERsuite: tag, offsets, word, …), the shared tasks' `eng.train`, `eng.testa`, `eng.testb`, `.dev`, `.test` and a `.tsv` whose lines are tagged
 * tokens; a `.txt` of tagged tokens, one per line or inline `word|POS|tag` sentences, is refused, naming `--format conll`); a
 * JSON or JSON Lines file is read whole: every record (every line) is matched against the
 * keys each format uses, and the file gets the one format that fits all its records best.
 * A tie, a file of texts without annotation keys, or records of different formats asks for
 * `--format` with the candidates named. Throws FormatErrors naming each file it cannot place,
 * or the files when the batch mixes formats.
 * @example detectFormat([{ path: 'a.txt', content: 'IBM' }, { path: 'a.ann', content: 'T1\tORG 0 3\tIBM' }]) === 'brat'
 */
export function detectFormat(files: readonly FormatFile[]): FormatId {
  const stems = new Set(
    files.filter((f) => ANN_EXTENSIONS.includes(extensionOf(f.path))).map((f) => pathStem(f.path)),
  );
  const found = new Map<FormatId, string[]>();
  const problems: FormatError[] = [];
  for (const file of files) {
    const id = formatOf(file, stems);
    if (typeof id !== 'string') {
      problems.push(new FormatError(file.path, undefined, id.reason));
      continue;
    }
    found.set(id, [...(found.get(id) ?? []), file.path]);
  }
  if (found.has('brat')) found.delete('txt');
  if (problems.length === 0 && found.size > 1) {
    const mix = [...found]
      .map(([id, paths]) => `${id} (${paths[0]}${paths.length > 1 ? ', …' : ''})`)
      .join(', ');
    problems.push(
      new FormatError(
        files[0]?.path ?? '',
        undefined,
        `these files mix formats: ${mix}; import them separately`,
      ),
    );
  }
  if (files.length === 0) problems.push(new FormatError('', undefined, 'no files to import'));
  if (problems.length > 0) throw new FormatErrors(problems);
  const [only] = found.keys(); // one format: none or several were refused above
  if (only === undefined)
    throw new FormatErrors([new FormatError('', undefined, 'no format found')]);
  return only;
}

function formatOf(file: FormatFile, annStems: ReadonlySet<string>): Placed {
  const extension = extensionOf(file.path);
  if (ANN_EXTENSIONS.includes(extension) || extension === '.conf') return 'brat';
  // OntoNotes / CoNLL-2012: `*_gold_conll`, `*_gold_skel`, or a `.txt` opening `#begin document`.
  if (
    (extension === '.txt' || extension.endsWith('_conll') || extension.endsWith('_skel')) &&
    isOntonotesFile(file.path, file.content)
  )
    return 'conll';
  if (extension === '.txt') {
    if (annStems.has(pathStem(file.path))) return 'brat';
    return textFileFormat(file.content);
  }
  if (TOKEN_EXTENSIONS.has(extension)) return 'conll';
  if (SHARED_TASK_EXTENSIONS.has(extension) && isTokenFile(file.content)) return 'conll';
  if (extension === '.pubtator') return 'pubtator';
  if (extension === '.xmi' || extension === '.zip') return 'xmi'; // a zip: INCEpTION's XMI exports
  if (extension === '.spacy' || file.binary) return 'spacy'; // spaCy's DocBin, the one binary file read as it is
  if (extension === '.tsv') {
    if (isWebannoFile(file.content)) return 'webanno';
    if (isLabelStudioCsv(file.content, '\t')) return 'labelstudio'; // before stance: its data may name Target and Stance
    if (stanceColumns(file.content)) return 'stance-tsv';
    if (isTokenFile(file.content)) return 'conll';
    return {
      reason:
        "is neither WebAnno TSV (#FORMAT=WebAnno TSV 3.x, or WebAnno 2's first line ` # layer | feature`), tokens tagged one per line (CoNLL / IOB), a stance table (a header naming Target, Tweet or Text, and Stance) nor Label Studio's TSV export (a header naming annotation_id, annotator, created_at, updated_at and lead_time), the .tsv files Loupe imports",
    };
  }
  if (extension === '.csv') return csvFormatOf(file.content);
  if (extension === '.json' && isNameFile(file.path)) return 'hf'; // tag names beside the records
  if (extension === '.json' && isSpacyJsonFile(file.content)) return 'spacy-json'; // head only: read once, by its reader
  // Parquet and Arrow files arrive as JSON Lines, a record per row (the import decodes them).
  if (JSON_EXTENSIONS.has(extension)) return jsonFormatOf(file);
  if (extension === '.xml') {
    if (isMaeFile(file.content)) return 'mae';
    if (isBiocFile(file.content)) return 'bioc';
    if (isTypeSystem(file.path)) return 'xmi'; // the UIMA type system beside XMI files
    return {
      reason:
        'is XML but neither a MAE annotation file (a root holding <TEXT><![CDATA[…]]></TEXT> and <TAGS>) nor BioC (a root <collection> of <document>s), the XML Loupe imports; pass --format',
    };
  }
  return {
    reason: `cannot tell the format from the extension ${JSON.stringify(extension || '(none)')}; pass --format`,
  };
}

/**
 * What a `.txt` file without a brat `.ann` beside it holds, by its content: OntoNotes, PubTator, a stance
 * table, tokens tagged inline or one per line, inline ENAMEX tags (refused, with the reason),
 * or plain text. The command line's check for an import of plain texts only asks this too.
 * @example textFileFormat('ID\tTarget\tTweet\tStance\n1\tAtheism\tGod is good.\tAGAINST\n') === 'stance-tsv'
 */
export function textFileFormat(content: string): Placed {
  if (isOntonotesFile('', content)) return 'conll'; // opening `#begin document`
  if (isPubtatorFile(content)) return 'pubtator';
  if (stanceColumns(content)) return 'stance-tsv'; // SemEval-2016 Task 6's files are .txt
  if (isFastTextFile(content)) return 'doccano'; // its fastText export: `__label__positive Great price.`
  const piped = pipedTokenLine(content);
  if (piped)
    return {
      reason: `holds one sentence per line of tokens tagged inline (word|POS|tag or word|tag, as WikiNER and spaCy's iob converter write them; line ${piped.line}: ${JSON.stringify(clipped(piped.text))}); as plain text their tags would be lost. Import it as CoNLL with --format conll (or as text anyway with --format txt)`,
    };
  const inline = INLINE_TAG.exec(content.slice(0, 1 << 20));
  if (inline)
    return {
      reason: `holds entities tagged inline (${inline[0]}…</${inline[1]}>, as MUC and OntoNotes .name files write them; line ${lineAt(content, inline.index)}); Loupe does not read inline tags, and as plain text they would stay in the text as words, with no spans. Convert the file to brat standoff or CoNLL first, or import it as text anyway with --format txt`,
    };
  const tagged = taggedTokenLine(content);
  if (!tagged) return 'txt';
  return {
    reason: `holds tokens tagged one per line (CoNLL/IOB, line ${tagged.line}: ${JSON.stringify(tagged.text)}); as plain text their tags would be lost. Import it as CoNLL with --format conll (or as text anyway with --format txt)`,
  };
}

/** A `.csv` file: a stance table (P-Stance, VAST, SemEval and Kaggle copies) or Label Studio's CSV export. */
function csvFormatOf(content: string): Placed {
  // Before stance: its data may name Target and Stance. Tab-separated too: Label Studio's
  // converter writes TSV under the name it is given (its own tests name one .csv).
  if (isLabelStudioCsv(content) || isLabelStudioCsv(content, '\t')) return 'labelstudio';
  if (stanceColumns(content, ',')) return 'stance-tsv';
  if (isDoccanoCsv(content)) return 'doccano'; // `text,label`: after stance, whose tables may name both
  const names = (content.split(/\r?\n/, 1)[0] ?? '').split(',').map((n) => n.replace(/^"|"$/g, ''));
  return {
    reason:
      idOnlyStanceReason(names) ??
      `is CSV but neither a stance table (a header naming a text (Tweet, Text or post), a target (Target or topic_str) and a stance (Stance or label) column; this one names ${names.slice(0, 8).join(', ')}), nor Label Studio's CSV export (a header naming annotation_id, annotator, created_at, updated_at and lead_time), nor doccano's (a header naming text and label; a file naming its text and label columns otherwise is read with --format doccano and --text-column NAME, --label-column NAME, doccano's column_data and column_label), the CSV Loupe imports`,
  };
}

/** A line shown in a message: its first 80 characters. */
function clipped(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** The format every record of a JSON (Lines) file fits best; a line that is not JSON counts by the keys written in it. */
function jsonFormatOf(file: FormatFile): Placed {
  const errors = new ErrorCollector();
  const records = readJsonRecords(file.path, file.content, errors); // once: a damaged file parses slowly
  if (records.some((r) => isBiocJson(r.record))) return 'bioc';
  const fits = recordFits(file, records, errors.count > 0);
  const signed = fits.filter((f) => f.formats.length > 0);
  if (signed.length === 0) {
    const shaped = fits.length === 0 ? undefined : unplacedKeys(records);
    if (shaped) return { reason: shaped };
    const reason = fits.length === 0 ? 'holds no JSON records; pass --format' : unsigned(records);
    return { reason: damageFirst(errors.first, records.length > 0 ? reason : null) };
  }
  const candidates = [...new Set(signed.flatMap((f) => f.formats))];
  const fitAll = candidates.filter((c) => signed.every((f) => f.formats.includes(c)));
  const [only] = fitAll;
  if (only !== undefined && fitAll.length === 1) return only;
  const guess = unplaced(signed, candidates, fitAll);
  return { reason: damageFirst(errors.first, guess.reason) };
}

/**
 * Why a file is not placed, its damage first when it has some (told from the keys written in a
 * damaged file, the guess follows; a file of which no record could be read has no guess: a cut
 * record's keys are none).
 */
function damageFirst(
  broken: { readonly line?: number; readonly reason: string } | undefined,
  guess: string | null,
): string {
  if (!broken) return guess ?? 'holds no JSON records; pass --format';
  const at = broken.line === undefined ? '' : `line ${broken.line}: `;
  return `${at}${broken.reason}; mend it first${guess === null ? '' : ` (as it is, it ${guess})`}`;
}

/** Why records that fit several formats, or differ in the formats they fit, are not placed. */
function unplaced(
  signed: readonly { line: number; formats: FormatId[]; keys: string[] }[],
  candidates: readonly FormatId[],
  fitAll: readonly FormatId[],
): { reason: string } {
  if (fitAll.length > 1) {
    const keys = [...new Set(signed.flatMap((f) => f.keys))].join(', ');
    return {
      reason: `fits ${fitAll.join(' and ')} equally (keys ${keys}); pass --format ${fitAll.join(' or --format ')}`,
    };
  }
  const where = candidates.map((c) => {
    const lines = signed.filter((f) => f.formats.includes(c)).map((f) => f.line);
    return `${c} (line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? ', …' : ''})`;
  });
  return { reason: `has records fitting different formats: ${where.join(', ')}; pass --format` };
}

function recordFits(
  file: FormatFile,
  records: readonly JsonObjectLine[],
  broken: boolean,
): { line: number; formats: FormatId[]; keys: string[] }[] {
  const fits = records.map(({ line, record }) => ({ line, ...recordFit(record) }));
  if (!broken) return fits;
  const read = new Set(records.map((r) => r.line));
  const lines = splitLines(file.content).filter((l) => l.text.trim() !== '' && !read.has(l.line));
  if (records.length === 0 && !['.jsonl', '.json1'].includes(extensionOf(file.path)))
    return [{ line: 1, ...rawFit(file.content) }];
  return [...fits, ...lines.map((l) => ({ line: l.line, ...rawFit(l.text) }))];
}

/**
 * Why a file of records no format's keys fit cannot be placed: texts alone (doccano and spans
 * JSONL both read them), spaCy's training documents outside a list, or keys no format uses.
 */
function unsigned(records: readonly JsonObjectLine[]): string {
  if (records.some(({ record }) => Array.isArray(record.paragraphs)))
    return 'holds a document of spaCy\'s JSON training format ({"paragraphs": […]}) not inside a list; put the documents in a list ([{…}, …]) and pass --format spacy-json';
  if (records.some(({ record }) => typeof record.text === 'string'))
    return 'holds texts without any annotation key, which doccano and spans-jsonl both read; pass --format doccano or --format spans-jsonl';
  const allKeys = [...new Set(records.flatMap(({ record }) => Object.keys(record)))];
  const idOnly = idOnlyStanceReason(allKeys);
  if (idOnly) return idOnly; // WT-WT: tweet_id, merger, stance
  const keys = allKeys.slice(0, 8);
  return `holds JSON records with keys ${keys.join(', ') || '(none)'}, none of which a format Loupe reads uses (text, spans, label, entities, tokens, paragraphs, …); pass --format`;
}

/**
 * Why a file whose records hold annotations no format reads cannot be placed, if it is so:
 * spaCy's `cats` object, or labelled spans under keys no format uses.
 */
function unplacedKeys(records: readonly JsonObjectLine[]): string | undefined {
  for (const { line, record } of records) {
    if (isSpacyCats(record.cats)) return `line ${line}: ${SPACY_CATS}`;
    const [key] = unreadAnnotationKeys(record, new Set()).filter((k) => !isAnnotationKey(k));
    if (key !== undefined)
      return `holds labelled spans under ${key} (line ${line}), a key no format Loupe reads uses; rename it (doccano: entities, spans JSONL: spans) and pass --format`;
  }
  return undefined;
}
