import type { EditResult, Mention, RequestOf } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract';
import { rankEntities, type EntityCandidate } from '../../shared/entities';
import { documentPath, newId, type Entity } from '../../shared/model';
import { createOffsetIndex, spanExtent } from '../../shared/spans';
import type { EntityRegistry, ProjectFolder } from '../store';
import type { EditSession } from './editSession';

/** The project-wide entity registry: create, rename, merge, link, find mentions. */
export class EntityService {
  constructor(
    private readonly store: ProjectFolder,
    private readonly registry: EntityRegistry,
    private readonly session: EditSession,
    private readonly annotator: () => string,
  ) {}

  list(): Entity[] {
    return this.registry.list();
  }

  search(query: string, limit = 10): EntityCandidate[] {
    if (!query.trim())
      return this.registry
        .list()
        .slice(0, limit)
        .map((entity) => ({ entity, score: 0, matched: entity.name }));
    return rankEntities(query, this.registry.list(), limit, 0.45);
  }

  create(request: RequestOf<'createEntity'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      const entity: Entity = {
        id: newId('e'),
        name: request.name.trim(),
        type: request.type,
        aliases: dedupe(request.aliases ?? [], request.name),
        ...(request.kbId ? { kbId: request.kbId } : {}),
        ...(request.note ? { note: request.note } : {}),
      };
      b.putEntity(entity.id, entity);
      if (request.link) {
        const span = await b.span(request.link.documentId, request.link.spanId);
        await b.putSpan(request.link.documentId, span.id, {
          ...span,
          entityId: entity.id,
          updatedAt: b.now,
        });
      }
    });
  }

  update(request: RequestOf<'updateEntity'>): Promise<EditResult> {
    return this.session.run((b) => {
      const current = this.live(request.entityId);
      if (request.basedOn) refuseStale(current, request.basedOn);
      const next: Entity = { ...current };
      if (request.name !== undefined) next.name = request.name.trim();
      if (request.type !== undefined) next.type = request.type;
      if (request.aliases !== undefined) next.aliases = dedupe(request.aliases, next.name);
      if (request.kbId !== undefined) setOptional(next, 'kbId', request.kbId);
      if (request.note !== undefined) setOptional(next, 'note', request.note);
      b.putEntity(current.id, next);
    });
  }

  /** Merges `from` into `into`: names become aliases, the annotator's links move, `from` stays as a pointer. */
  merge(request: RequestOf<'mergeEntities'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      const from = this.live(request.from);
      const into = this.live(request.into);
      if (from.id === into.id)
        throw new WorkbenchError('invalid_request', 'an entity cannot be merged into itself');
      b.putEntity(into.id, {
        ...into,
        aliases: dedupe([...into.aliases, from.name, ...from.aliases], into.name),
        ...(into.kbId || !from.kbId ? {} : { kbId: from.kbId }),
      });
      b.putEntity(from.id, { ...from, mergedInto: into.id });
      for (const meta of this.store.listDocuments()) {
        const layer = await this.store.readLayer(meta.id, this.annotator()).catch(() => null);
        if (
          !layer?.spans.some((s) => s.entityId === from.id) &&
          !layer?.stances.some((s) => linksTo(s, from.id))
        )
          continue;
        const working = await b.layer(meta.id);
        for (const span of working.spans.values()) {
          if (span.entityId === from.id)
            await b.putSpan(meta.id, span.id, { ...span, entityId: into.id, updatedAt: b.now });
        }
        for (const stance of working.stances.values()) {
          if (!linksTo(stance, from.id)) continue;
          const relink = <R extends { kind: string; entityId?: string }>(
            ref: R | undefined,
          ): R | undefined =>
            ref?.kind === 'entity' && ref.entityId === from.id
              ? { ...ref, entityId: into.id }
              : ref;
          const next = {
            ...stance,
            updatedAt: b.now,
            holder: relink(stance.holder),
            target: relink(stance.target),
          };
          await b.putStance(meta.id, stance.id, JSON.parse(JSON.stringify(next)));
        }
      }
    });
  }

  /** Every span of the annotator linked to the entity (or to one merged into it), across the project. */
  async mentions(entityId: string): Promise<Mention[]> {
    const entity = this.live(entityId);
    const mentions: Mention[] = [];
    for (const meta of this.store.listDocuments()) {
      const layer = await this.store.readLayer(meta.id, this.annotator()).catch(() => null);
      const linked =
        layer?.spans.filter(
          (s) => s.entityId && this.registry.resolve(s.entityId)?.id === entity.id,
        ) ?? [];
      if (linked.length === 0) continue;
      const text = await this.store.readText(meta.id);
      const index = createOffsetIndex(text);
      for (const span of linked) {
        const { start, end } = spanExtent(span.fragments);
        const covered = span.fragments
          .map((f) => text.slice(index.toUtf16(f.start), index.toUtf16(f.end)))
          .join(' … ');
        mentions.push({
          documentId: meta.id,
          documentName: documentPath(meta),
          spanId: span.id,
          label: span.label,
          start,
          end,
          text: covered,
        });
      }
    }
    return mentions;
  }

  private live(id: string): Entity {
    const entity = this.registry.resolve(id);
    if (!entity) throw new WorkbenchError('not_found', `no entity ${id}`);
    return entity;
  }
}

function dedupe(aliases: readonly string[], name: string): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const out: string[] = [];
  for (const alias of aliases.map((a) => a.trim()).filter(Boolean)) {
    if (seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    out.push(alias);
  }
  return out;
}

function setOptional(entity: Entity, key: 'kbId' | 'note', value: string): void {
  if (value) entity[key] = value;
  else delete entity[key];
}

function linksTo(
  stance: {
    holder?: { kind: string; entityId?: string };
    target?: { kind: string; entityId?: string };
  },
  entityId: string,
): boolean {
  return (
    (stance.holder?.kind === 'entity' && stance.holder.entityId === entityId) ||
    (stance.target?.kind === 'entity' && stance.target.entityId === entityId)
  );
}

/**
 * Refuses an edit made from an entity that changed since the editor read it (a teammate's copy
 * came in by sync or git, another window saved): the form would write their change back.
 */
function refuseStale(
  current: Entity,
  seen: NonNullable<RequestOf<'updateEntity'>['basedOn']>,
): void {
  const now = {
    name: current.name,
    type: current.type,
    aliases: current.aliases,
    kbId: current.kbId ?? '',
    note: current.note ?? '',
  };
  const changed = (['name', 'type', 'aliases', 'kbId', 'note'] as const).filter(
    (field) => JSON.stringify(now[field]) !== JSON.stringify(seen[field]),
  );
  if (changed.length > 0)
    throw new WorkbenchError(
      'conflict',
      `the entity ${current.name} was changed elsewhere since you opened it (${changed.join(', ')}); reload it and redo your edit. Nothing was saved`,
    );
}
