import type {
  AnnotationEvent,
  DocumentMetadata,
  DocumentStatus,
  Equivalence,
  Layer,
  Relation,
  Span,
  Stance,
} from '../../shared/model';
import { newId, idSchema } from '../../shared/model';
import { sortSpans } from '../services/spanIndex';

/** A span, relation, stance or event before it has its id in the layer. */
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

function relationKey(relation: Unnamed<Relation>): string {
  return JSON.stringify([relation.type, relation.from, relation.to, relation.fromRole ?? null]);
}

function eventKey(event: Unnamed<AnnotationEvent>): string {
  const args = event.arguments.map((a) => `${a.role}\u0000${a.ref}`).sort();
  return JSON.stringify([event.type, event.trigger, args]);
}

function equivalenceKey(set: Equivalence): string {
  return JSON.stringify([set.type, [...set.members].sort()]);
}

/**
 * One layer as an import fills it: what it held, plus what arrives. An annotation equal to
 * one already there (same label and fragments; same relation, event, set or stance) is not
 * added twice, so importing a file again changes nothing. Spans and relations match as a
 * multiset: two equal spans of one file stay two spans (brat files use that for two events'
 * triggers), two equal relations under two ids (brat R lines) two relations.
 */
export class WorkingLayer {
  readonly spans: Span[];
  readonly relations: Relation[];
  readonly stances: Stance[];
  readonly events: AnnotationEvent[];
  readonly equivalences: Equivalence[];
  status: DocumentStatus;
  documentLabels: Record<string, string>;
  metadata: DocumentMetadata | undefined;
  changed = false;
  private readonly spanKeys = new Map<string, string[]>();
  private readonly relationKeys = new Map<string, string[]>();
  private readonly eventKeys = new Map<string, string>();
  private readonly claimed = new Set<string>();
  private readonly keys = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(readonly base: Layer) {
    this.spans = [...base.spans];
    this.relations = [...base.relations];
    this.stances = [...base.stances];
    this.events = [...(base.events ?? [])];
    this.equivalences = [...(base.equivalences ?? [])];
    this.status = base.status;
    this.documentLabels = { ...base.documentLabels };
    this.metadata = base.metadata;
    for (const span of base.spans) this.rememberSpan(span);
    for (const stance of base.stances) this.keys.add(`st${stanceKey(stance)}`);
    for (const relation of base.relations) this.rememberRelation(relation);
    for (const event of this.events) this.eventKeys.set(eventKey(event), event.id);
    for (const set of this.equivalences) this.keys.add(`q${equivalenceKey(set)}`);
    for (const item of [...base.spans, ...base.relations, ...base.stances, ...this.events])
      this.ids.add(item.id);
  }

  /** Starts matching one imported document: each span or relation already here can stand for one of its own. */
  beginDocument(): void {
    this.claimed.clear();
  }

  /** Adds a span unless an equal one is there (and not yet matched); returns its id here and whether it is new. */
  addSpan(span: Unnamed<Span>, wanted?: string): { id: string; added: boolean } {
    const known = (this.spanKeys.get(spanKey(span)) ?? []).find((id) => !this.claimed.has(id));
    if (known) {
      this.claimed.add(known);
      return { id: known, added: false };
    }
    const id = this.freeId(wanted, 's');
    const added = { ...span, id };
    this.spans.push(added);
    this.rememberSpan(added);
    this.claimed.add(id);
    this.touch();
    return { id, added: true };
  }

  /** Adds a relation unless an equal one is there (and not yet matched); returns whether it is new. */
  /** Adds a relation unless an equal one no relation read claimed is there; returns its id here and whether it is new. */
  addRelation(relation: Unnamed<Relation>, wanted?: string): { id: string; added: boolean } {
    const known = (this.relationKeys.get(relationKey(relation)) ?? []).find(
      (id) => !this.claimed.has(id),
    );
    if (known) {
      this.claimed.add(known);
      return { id: known, added: false };
    }
    const added = { ...relation, id: this.freeId(wanted, 'r') };
    this.relations.push(added);
    this.rememberRelation(added);
    this.claimed.add(added.id);
    this.changed = true;
    return { id: added.id, added: true };
  }

  addStance(stance: Unnamed<Stance>, wanted?: string): boolean {
    if (!this.fresh(`st${stanceKey(stance)}`)) return false;
    this.stances.push({ ...stance, id: this.freeId(wanted, 'st') });
    this.touch();
    return true;
  }

  /** Adds an event unless an equal one is there; returns its id here and whether it is new. */
  addEvent(event: Unnamed<AnnotationEvent>, wanted?: string): { id: string; added: boolean } {
    const key = eventKey(event);
    const known = this.eventKeys.get(key);
    if (known) return { id: known, added: false };
    const id = this.freeId(wanted, 'ev');
    this.eventKeys.set(key, id);
    this.events.push({ ...event, id });
    this.touch();
    return { id, added: true };
  }

  addEquivalence(set: Equivalence): boolean {
    if (!this.fresh(`q${equivalenceKey(set)}`)) return false;
    this.equivalences.push(set);
    this.touch();
    return true;
  }

  /** Fields the source kept beside the text, merged over what the layer had. */
  mergeMetadata(metadata: DocumentMetadata): void {
    const next = { ...this.metadata, ...metadata };
    if (JSON.stringify(next) === JSON.stringify(this.metadata ?? {})) return;
    this.metadata = next;
    this.changed = true;
  }

  /** The layer to write, spans in reading order. */
  toLayer(now: string): Layer {
    const { events: _events, equivalences: _sets, metadata: _metadata, ...base } = this.base;
    return {
      ...base,
      spans: sortSpans(this.spans),
      relations: this.relations,
      stances: [...this.stances].sort((a, b) => (a.id < b.id ? -1 : 1)),
      ...(this.events.length > 0 ? { events: this.events } : {}),
      ...(this.equivalences.length > 0 ? { equivalences: this.equivalences } : {}),
      ...(this.metadata && Object.keys(this.metadata).length > 0
        ? { metadata: this.metadata }
        : {}),
      status: this.status,
      documentLabels: this.documentLabels,
      updatedAt: now,
    };
  }

  private rememberSpan(span: Span): void {
    const key = spanKey(span);
    this.spanKeys.set(key, [...(this.spanKeys.get(key) ?? []), span.id]);
  }

  private rememberRelation(relation: Relation): void {
    const key = relationKey(relation);
    this.relationKeys.set(key, [...(this.relationKeys.get(key) ?? []), relation.id]);
  }

  private fresh(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    return true;
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
