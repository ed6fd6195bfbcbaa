import { lstatSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { LRUCache } from 'lru-cache';
import { compareNames } from '../../shared/collections';
import { documentMetaSchema, type DocumentMeta } from '../../shared/model';
import { codePointLength } from '../../shared/spans';
import { errorCode, errorMessage } from '../../shared/errors';
import { titleFromText } from '../../shared/text';
import { decodeUtf8 } from './decodeUtf8';
import { parseStoredJson } from './storedJson';
import { jsonTextOf } from './jsonErrorLine';
import { versionOfStats } from './fileVersion';
import { LINK_LOOP } from './linkLoop';
import type { LoadProblem } from './loadProblem';
import { projectLayout as at } from './projectLayout';
import { MAX_META_BYTES, readProjectFile } from './readProjectFile';
import { StoreError } from './storeError';
import { textHash } from './textHash';

/**
 * How much text the index keeps, in UTF-16 code units (two bytes each): the texts read last,
 * up to 32M characters (64 MB), so exporting or scoring a large corpus does not hold all of it.
 */
export const KEPT_TEXT_CHARS = 32 * 1024 * 1024;

/** What to do about a text that is not the one imported. */
const RESTORE =
  'restore it as it was imported (from git or a backup), or import the document again';

/**
 * The project's documents: every meta read at open, texts read lazily, checked against their
 * hash on every read from disk and kept while they fit in {@link KEPT_TEXT_CHARS}. Only the
 * ProjectFolder changes it, after its files are written.
 */
export class DocumentIndex {
  private readonly metas = new Map<string, DocumentMeta>();
  private readonly texts: LRUCache<string, string>;
  /** Headlines of texts not kept (a document's text never changes under its id). */
  private readonly headlines = new Map<string, string>();
  /** The version of each text file when it was last read and found to match its meta. */
  private readonly checkedAt = new Map<string, string>();

  private constructor(
    private readonly dir: string,
    keptChars: number,
  ) {
    // A text longer than the whole budget is read again each time rather than kept.
    this.texts = new LRUCache<string, string>({
      maxSize: keptChars,
      sizeCalculation: (text) => Math.max(1, text.length),
    });
  }

  /** Reads every document meta; a damaged one becomes a problem and the rest still load. */
  static async load(
    dir: string,
    problems: LoadProblem[],
    keptChars = KEPT_TEXT_CHARS,
  ): Promise<DocumentIndex> {
    const index = new DocumentIndex(dir, keptChars);
    const found = problems.length;
    const names = await readdir(at.documents(dir)).catch((error: unknown): string[] => {
      // No folder yet is an empty project; one that cannot be listed hides every document.
      if (errorCode(error) !== 'ENOENT')
        problems.push({
          file: 'documents',
          reason:
            errorCode(error) === 'ENOTDIR'
              ? 'is a file where Loupe keeps a folder, so no document can be read; move the file out of the way'
              : errorCode(error) === 'ELOOP'
                ? LINK_LOOP
                : `cannot be listed: ${errorMessage(error)}`,
        });
      return [];
    });
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const file = `documents/${name}`;
      try {
        const bytes = await readProjectFile(`${at.documents(dir)}/${name}`, {
          dir,
          label: file,
          maxBytes: MAX_META_BYTES,
        });
        if (bytes === null)
          throw new StoreError(
            file,
            'was removed while Loupe read the folder, so its document is not listed; open the project again',
            'io',
          );
        const raw = jsonTextOf(bytes, file);
        const meta = parseStoredJson(raw, documentMetaSchema, file);
        if (`${meta.id}.json` !== name)
          throw new StoreError(file, `its id ${meta.id} does not match the file name`, 'invalid');
        index.metas.set(meta.id, meta);
      } catch (error) {
        const e = error instanceof StoreError ? error : new StoreError(file, String(error), 'io');
        problems.push({ file: e.file, reason: e.reason, ...(e.line ? { line: e.line } : {}) });
      }
    }
    index.unread.push(...problems.slice(found));
    return index;
  }

  /** Documents this index could not read when it was loaded (its metas, or the folder itself). */
  readonly unread: LoadProblem[] = [];

  /** Every document, by name (then id). */
  list(): DocumentMeta[] {
    return [...this.metas.values()].sort(
      (a, b) => compareNames(a.name, b.name) || a.id.localeCompare(b.id),
    );
  }

  has(id: string): boolean {
    return this.metas.has(id);
  }

  get(id: string): DocumentMeta {
    const meta = this.metas.get(id);
    if (!meta)
      throw new StoreError(`documents/${id}.json`, `no document with id ${id}`, 'not_found');
    return meta;
  }

  /** Every document whose text has this hash. */
  withHash(hash: string): DocumentMeta[] {
    return [...this.metas.values()].filter((meta) => meta.textHash === hash);
  }

  /** The document's text, checked against its recorded hash on first read. */
  async text(id: string): Promise<string> {
    const cached = this.texts.get(id);
    if (cached !== undefined) return cached;
    const text = await this.readChecked(id);
    this.texts.set(id, text);
    return text;
  }

  /**
   * Throws what keeps the document's text from being read as its meta describes it (missing,
   * a link or a special file, not UTF-8, another hash or length): what an edit asks before
   * it is saved. A text checked before and unchanged since costs one lstat, not a read.
   */
  async checkText(id: string): Promise<void> {
    const checked = this.checkedAt.get(id);
    if (checked !== undefined && checked === textVersionNow(at.text(this.dir, id))) return;
    this.texts.delete(id); // changed since it was read: the kept copy is not what the file holds
    await this.text(id);
  }

  /** The document's text if it is kept (read before and not yet let go), without reading. */
  keptText(id: string): string | undefined {
    return this.texts.get(id);
  }

  /**
   * The headline read from a document's text, remembered instead of the text: listing a large
   * project does not keep every text it read ('' when the text has none).
   */
  async headline(id: string): Promise<string> {
    const known = this.headlines.get(id);
    if (known !== undefined) return known;
    const headline = titleFromText(this.texts.get(id) ?? (await this.readChecked(id)));
    this.headlines.set(id, headline);
    return headline;
  }

  private async readChecked(id: string): Promise<string> {
    const meta = this.get(id);
    const path = at.text(this.dir, id);
    const file = `documents/${id}.txt`;
    this.checkedAt.delete(id);
    // Taken before the read: a change while it reads leaves a version the next check refuses.
    const version = textVersionNow(path);
    const bytes = await readProjectFile(path, { dir: this.dir, label: file });
    if (bytes === null) throw new StoreError(file, `the text file is missing; ${RESTORE}`, 'io');
    const text = decodeUtf8(bytes);
    if (text === null)
      throw new StoreError(file, `the text is not valid UTF-8; ${RESTORE}`, 'corrupt');
    if (textHash(bytes) !== meta.textHash)
      throw new StoreError(
        file,
        `the text does not match its hash ${meta.textHash}; ${RESTORE}`,
        'hash',
      );
    // Offsets are checked against the recorded length: a meta that overstates it lets spans past the end.
    const length = codePointLength(text);
    if (length !== meta.length)
      throw new StoreError(
        `documents/${id}.json`,
        `records a length of ${meta.length} code points, but the text has ${length}; correct the length or import the text again`,
        'corrupt',
      );
    if (version !== null) this.checkedAt.set(id, version);
    return text;
  }

  /** Records a document whose files were written. */
  added(meta: DocumentMeta, text: string): void {
    this.metas.set(meta.id, meta);
    this.texts.set(meta.id, text);
    const version = textVersionNow(at.text(this.dir, meta.id));
    if (version !== null) this.checkedAt.set(meta.id, version);
  }

  /** Forgets a document whose files were removed. */
  removed(id: string): void {
    this.metas.delete(id);
    this.texts.delete(id);
    this.headlines.delete(id);
    this.checkedAt.delete(id);
  }
}

/**
 * A text file's version by lstat on the event loop (microseconds; a link is not followed), or
 * null when there is none to take: a missing file, a folder in the way. Null matches no check.
 */
function textVersionNow(path: string): string | null {
  try {
    const info = lstatSync(path, { bigint: true, throwIfNoEntry: false });
    return info ? versionOfStats(info) : null;
  } catch {
    return null;
  }
}
