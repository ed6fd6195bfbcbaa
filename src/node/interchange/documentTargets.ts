import type { ImportedDocument } from '../../shared/contract/interchange';
import { foldedName, type DocumentMeta } from '../../shared/model';
import { codePointLength } from '../../shared/spans';
import { documentIdFor, textHash, type ProjectFolder } from '../store';
import type { PlannedDocument } from './importPlan';
import type { WorkingLayer } from './workingLayer';

/** A document an import writes into: one already in the project, or a new one. */
export interface Target {
  readonly id: string;
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
}

const encoder = new TextEncoder();

/** The project's name for an imported document: its file name, `.txt` included. */
export function projectNameOf(name: string): string {
  return name.toLowerCase().endsWith('.txt') ? name : `${name}.txt`;
}

/**
 * Finds each imported document's place by identity, name plus text: the same name and text
 * is the document already there; the same text under another name is another document (the
 * summary names the first with that text); another text under a known name is a new version.
 * @example targets.place('a', 'IBM').outcome === 'attached' when a.txt with the text IBM exists
 */
export class DocumentTargets {
  private readonly byKey = new Map<string, Target>();
  private readonly known = new Map<string, DocumentMeta>();
  private readonly namesOfText = new Map<string, string>();
  private readonly latest = new Map<string, DocumentMeta>();
  private readonly taken: Set<string>;

  constructor(store: ProjectFolder) {
    const metas = store.listDocuments();
    this.taken = new Set(metas.map((d) => foldedName(d.id)));
    for (const meta of metas) {
      this.known.set(keyOf(meta.name, meta.textHash), meta);
      if (!this.namesOfText.has(meta.textHash)) this.namesOfText.set(meta.textHash, meta.name);
      const before = this.latest.get(meta.name);
      if (!before || before.importedAt <= meta.importedAt) this.latest.set(meta.name, meta);
    }
  }

  place(docName: string, text: string): Placement {
    const name = projectNameOf(docName);
    const bytes = encoder.encode(text);
    const hash = textHash(bytes);
    const key = keyOf(name, hash);
    const planned = this.byKey.get(key);
    if (planned) return { target: planned, outcome: 'attached' };
    const meta = this.known.get(key);
    if (meta) {
      const target = newTarget(meta.id, meta.name, text, hash, meta.length, null);
      this.byKey.set(key, target);
      return { target, outcome: 'attached' };
    }
    const id = documentIdFor(name, this.taken);
    this.taken.add(foldedName(id));
    const target = newTarget(id, name, text, hash, codePointLength(text), { id, name, bytes });
    this.byKey.set(key, target);
    const sameTextAs = this.namesOfText.get(hash);
    if (sameTextAs === undefined) this.namesOfText.set(hash, name);
    const previous = this.latest.get(name);
    return {
      target,
      outcome: previous ? 'new_version' : 'added',
      ...(sameTextAs === undefined ? {} : { sameTextAs }),
      ...(previous ? { previous } : {}),
    };
  }

  /** Every document written into, in the order first met. */
  all(): Target[] {
    return [...this.byKey.values()];
  }
}

function keyOf(name: string, hash: string): string {
  return `${name}\u0000${hash}`;
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
