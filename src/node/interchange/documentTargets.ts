import { compareNames } from '../../shared/collections';
import type { ImportedDocument } from '../../shared/contract/interchange';
import { documentPath, foldedName, type DocumentMeta } from '../../shared/model';
import { codePointLength } from '../../shared/spans';
import { documentIdFor, textHash, type ProjectFolder } from '../store';
import type { PlannedDocument } from './importPlan';
import type { WorkingLayer } from './workingLayer';

/** A document an import writes into: one already in the project, or a new one. */
export interface Target {
  readonly id: string;
  /** Its name as a user reads it: after its folder when it has one (`a/x.txt`: see `documentPath`). */
  readonly name: string;
  readonly text: string;
  readonly hash: string;
  readonly length: number;
  readonly document: PlannedDocument | null;
  readonly layers: Map<string, WorkingLayer>;
}

/** Where an imported document goes, and how it met the project. */
export interface Placement {
  readonly target: Target;
  readonly outcome: ImportedDocument['outcome'];
  /** A project (or batch) document with the same text under another name. */
  readonly sameTextAs?: string;
  /** The document this one is a new version of (same name, another text). */
  readonly previous?: DocumentMeta;
  /** A document without a name of its own met a document already in the project by its text alone. */
  readonly byText?: true;
}

const encoder = new TextEncoder();

/** The project's name for an imported document: its file name, `.txt` included. */
export function projectNameOf(name: string): string {
  return name.toLowerCase().endsWith('.txt') ? name : `${name}.txt`;
}

/** A document a text is found in, for documents named by their place. */
interface TextHolder {
  readonly id: string;
  /** After its folder (see `documentPath`). */
  readonly name: string;
  readonly length: number;
}

/**
 * Finds each imported document's place by identity, name (after its folder: `a/x.txt` and
 * `b/x.txt` are two documents, whatever their texts) plus text: the same name and text
 * is the document already there; the same text under another name is another document (the
 * summary names the first with that text); another text under a known name is a new version.
 * A document its source gives no name (`namedByPlace`: Loupe named it by file and place) is
 * instead the document of that name and text, or else the first with its text (the project's,
 * by name, then this import's), that this import has not yet given the same annotator: a
 * teammate's file of the same records meets the documents already there, repeated texts in order.
 * @example targets.place({ name: 'a', text: 'IBM' }, 'ann').outcome === 'attached' when a.txt with the text IBM exists
 */
export class DocumentTargets {
  /** Every document written into, by id, in the order first met. */
  private readonly targets = new Map<string, Target>();
  /** The first of them by name and text. */
  private readonly byKey = new Map<string, Target>();
  private readonly known = new Map<string, DocumentMeta>();
  private readonly namesOfText = new Map<string, string>();
  private readonly latest = new Map<string, DocumentMeta>();
  private readonly taken: Set<string>;
  /** The documents holding each text, the project's by name first. */
  private readonly holders = new Map<string, TextHolder[]>();
  /** Per annotator, the documents this import has already given them. */
  private readonly given = new Map<string, Set<string>>();
  /** The documents this import adds. */
  private readonly added = new Set<string>();

  constructor(store: ProjectFolder) {
    const metas = store.listDocuments();
    this.taken = new Set(metas.map((d) => foldedName(d.id)));
    for (const meta of [...metas].sort((a, b) => compareNames(a.name, b.name)))
      this.holdersOf(meta.textHash).push({ ...meta, name: documentPath(meta) });
    for (const meta of metas) {
      const path = documentPath(meta);
      this.known.set(keyOf(path, meta.textHash), meta);
      if (!this.namesOfText.has(meta.textHash)) this.namesOfText.set(meta.textHash, path);
      const before = this.latest.get(nameKey(path));
      if (!before || before.importedAt <= meta.importedAt) this.latest.set(nameKey(path), meta);
    }
  }

  /**
   * Where `doc` goes for `annotator`.
   * @example targets.place({ name: 'b-1', text: 'IBM', namedByPlace: 'b.jsonl' }, 'bob').target.name === 'a-1.txt'
   */
  place(
    doc: {
      readonly name: string;
      readonly text: string;
      readonly namedByPlace?: string;
      readonly folder?: string;
      readonly source?: string;
    },
    annotator = '',
  ): Placement {
    const { text, folder } = doc;
    const name = projectNameOf(doc.name);
    const path = documentPath({ name, ...(folder === undefined ? {} : { folder }) });
    const bytes = encoder.encode(text);
    const hash = textHash(bytes);
    const key = keyOf(path, hash);
    const given = this.given.get(annotator) ?? new Set<string>();
    this.given.set(annotator, given);
    const same = this.byKey.get(key) ?? this.known.get(key) ?? this.unfoldered(name, hash, given);
    const holder =
      doc.namedByPlace === undefined
        ? same
        : same && !given.has(same.id)
          ? same
          : this.holdersOf(hash).find((h) => !given.has(h.id));
    if (holder) {
      given.add(holder.id);
      const target =
        this.targets.get(holder.id) ??
        newTarget(holder.id, holder.name, text, hash, holder.length, null);
      this.met(target);
      const byText = holder !== same && !this.added.has(holder.id);
      return { target, outcome: 'attached', ...(byText ? { byText } : {}) };
    }
    const id = documentIdFor(name, this.taken);
    this.taken.add(foldedName(id));
    this.added.add(id);
    const planned = {
      id,
      name,
      bytes,
      ...(folder === undefined ? {} : { folder }),
      ...(doc.source === undefined ? {} : { source: doc.source }),
    };
    const target = newTarget(id, path, text, hash, codePointLength(text), planned);
    this.met(target);
    this.holdersOf(hash).push(target);
    given.add(id);
    const sameTextAs = this.namesOfText.get(hash);
    if (sameTextAs === undefined) this.namesOfText.set(hash, path);
    const previous = this.latest.get(nameKey(path));
    return {
      target,
      outcome: previous ? 'new_version' : 'added',
      ...(sameTextAs === undefined ? {} : { sameTextAs }),
      ...(previous ? { previous } : {}),
    };
  }

  /**
   * The project's document of this name and text in no folder, imported before Loupe kept
   * folders, when this import has not yet given it to the annotator: the same file again.
   */
  private unfoldered(name: string, hash: string, given: Set<string>): DocumentMeta | undefined {
    const meta = this.known.get(keyOf(name, hash));
    return meta && meta.folder === undefined && !given.has(meta.id) ? meta : undefined;
  }

  /** Keeps a target met; two of one name and text (records of one place) are both kept. */
  private met(target: Target): void {
    this.targets.set(target.id, target);
    const key = keyOf(target.name, target.hash);
    if (!this.byKey.has(key)) this.byKey.set(key, target);
  }

  private holdersOf(hash: string): TextHolder[] {
    const list = this.holders.get(hash) ?? [];
    if (list.length === 0) this.holders.set(hash, list);
    return list;
  }

  /** Every document written into, in the order first met. */
  all(): Target[] {
    return [...this.targets.values()];
  }
}

function keyOf(name: string, hash: string): string {
  return `${nameKey(name)}\u0000${hash}`;
}

/**
 * A document's name as identity compares it: in NFC, so `résumé.txt` typed with a combining
 * accent (NFD, as macOS lists files) is the document of that name, not a second one that looks
 * the same. Case still tells names apart (`Report.txt` and `report.txt` are two documents).
 */
function nameKey(name: string): string {
  return name.normalize('NFC');
}

function newTarget(
  id: string,
  name: string,
  text: string,
  hash: string,
  length: number,
  document: PlannedDocument | null,
): Target {
  return { id, name, text, hash, length, document, layers: new Map() };
}
