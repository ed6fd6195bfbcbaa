import type { DocumentStatus, Layer, Relation, Span, Stance } from '../../shared/model';
import { newId, idSchema } from '../../shared/model';
import { sortSpans } from '../services/sortSpans';

/** A span, relation or stance before it has its id in the layer. */
type Unnamed<T> = Omit<T, 'id'>;

function spanKey(span: Unnamed<Span>): string {
  return `${span.label}\u0000${span.fragments.map((f) => `${f.start}-${f.end}`).join(',')}`;
}

function stanceKey(stance: Unnamed<Stance>): string {
  return JSON.stringify([
    stance.polarity,
    stance.holder ?? null,
    stance.target ?? null,
    [...stance.evidence].sort(),
  ]);
}

/**
 * One layer as an import fills it: what it held, plus what arrives. An annotation equal to
 * one already there (same label and fragments; same relation; same stance) is not added
 * twice, so importing a file again changes nothing.
 */
export class WorkingLayer {
  readonly spans: Span[];
  readonly relations: Relation[];
  readonly stances: Stance[];
  status: DocumentStatus;
  documentLabels: Record<string, string>;
  changed = false;
  private readonly spanKeys = new Map<string, string>();
  private readonly stanceKeys = new Set<string>();
  private readonly relationKeys = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(readonly base: Layer) {
    this.spans = [...base.spans];
    this.relations = [...base.relations];
    this.stances = [...base.stances];
    this.status = base.status;
    this.documentLabels = { ...base.documentLabels };
    for (const span of base.spans) this.spanKeys.set(spanKey(span), span.id);
    for (const stance of base.stances) this.stanceKeys.add(stanceKey(stance));
    for (const relation of base.relations)
      this.relationKeys.add(`${relation.type}\u0000${relation.from}\u0000${relation.to}`);
    for (const item of [...base.spans, ...base.relations, ...base.stances]) this.ids.add(item.id);
  }

  /** Adds a span unless an equal one is there; returns the id it has in this layer and whether it is new. */
  addSpan(span: Unnamed<Span>, wanted?: string): { id: string; added: boolean } {
    const key = spanKey(span);
    const known = this.spanKeys.get(key);
    if (known) return { id: known, added: false };
    const id = this.freeId(wanted, 's');
    this.spans.push({ ...span, id });
    this.spanKeys.set(key, id);
    this.touch();
    return { id, added: true };
  }

  addRelation(relation: Unnamed<Relation>, wanted?: string): boolean {
    const key = `${relation.type}\u0000${relation.from}\u0000${relation.to}`;
    if (this.relationKeys.has(key)) return false;
    this.relations.push({ ...relation, id: this.freeId(wanted, 'r') });
    this.relationKeys.add(key);
    this.changed = true;
    return true;
  }

  addStance(stance: Unnamed<Stance>, wanted?: string): boolean {
    const key = stanceKey(stance);
    if (this.stanceKeys.has(key)) return false;
    this.stances.push({ ...stance, id: this.freeId(wanted, 'st') });
    this.stanceKeys.add(key);
    this.touch();
    return true;
  }

  /** The layer to write, spans in reading order. */
  toLayer(now: string): Layer {
    return {
      ...this.base,
      spans: sortSpans(this.spans),
      relations: this.relations,
      stances: [...this.stances].sort((a, b) => (a.id < b.id ? -1 : 1)),
      status: this.status,
      documentLabels: this.documentLabels,
      updatedAt: now,
    };
  }

  private touch(): void {
    this.changed = true;
    if (this.status === 'todo') this.status = 'in_progress';
  }

  /** The file's own id when it is valid and free here, else a new one. */
  private freeId(wanted: string | undefined, prefix: string): string {
    let id =
      wanted !== undefined && idSchema.safeParse(wanted).success && !this.ids.has(wanted)
        ? wanted
        : newId(prefix);
    while (this.ids.has(id)) id = newId(prefix);
    this.ids.add(id);
    return id;
  }
}
