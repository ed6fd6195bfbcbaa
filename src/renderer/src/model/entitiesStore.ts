import type {
  EditResult,
  EntityCandidateResult,
  Mention,
  PublicApi,
} from '../../../shared/contract';
import type { Entity } from '../../../shared/model';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

export interface EntitiesState {
  readonly entities: readonly Entity[];
  /** The mentions of the entity opened in the entities panel. */
  readonly mentions: { readonly entityId: string; readonly list: readonly Mention[] } | null;
}

/** Runs an edit and takes its result into the open document; null when it failed (and was reported). */
export type EditRunner = (call: Promise<EditResult>) => Promise<EditResult | null>;

/** The project's entity registry and the mentions of one entity; rename, merge, split. */
export class EntitiesStore extends Store<EntitiesState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
    private readonly edit: EditRunner,
  ) {
    super({ entities: [], mentions: null });
  }

  async refresh(): Promise<void> {
    const entities = await this.client.listEntities({});
    this.patch({ entities });
    const open = this.snapshot.mentions;
    if (open) await this.showMentions(open.entityId);
  }

  /**
   * Takes in an edit's result (an undo's, a redo's too): the registry and the open mentions are
   * read again when entities changed; else the open mentions alone, when the edit changed one
   * of them (deleted, made longer, unlinked) or linked a span to their entity, in any document.
   * With no mentions open, nothing is read.
   */
  async afterEdit(result: EditResult): Promise<void> {
    if (result.entitiesChanged) return this.refresh();
    const open = this.snapshot.mentions;
    if (!open) return;
    const listed = new Set(open.list.map((m) => `${m.documentId}/${m.spanId}`));
    const touched = result.changes.some(({ documentId, upserted, removed }) => {
      const isListed = (spanId: string): boolean => listed.has(`${documentId}/${spanId}`);
      return (
        removed.some(isListed) ||
        upserted.some((span) => span.entityId === open.entityId || isListed(span.id))
      );
    });
    if (touched) await this.showMentions(open.entityId);
  }

  /** Mention reads asked for: an answer to an earlier one than the latest is dropped. */
  private asked = 0;

  /**
   * Loads the mentions of an entity (null closes them). The last asked for wins: an earlier
   * read answering later (another entity's, or one the list was closed after) is dropped.
   */
  async showMentions(entityId: string | null): Promise<void> {
    const asked = ++this.asked;
    if (!entityId) return this.patch({ mentions: null });
    const list = await this.client.entityMentions({ entityId });
    if (asked === this.asked) this.patch({ mentions: { entityId, list } });
  }

  /** Entities ranked by name similarity; none when the search fails. */
  async search(query: string): Promise<readonly EntityCandidateResult[]> {
    return this.client.searchEntities({ query, limit: 20 }).catch(() => []);
  }

  /** Opens or closes an entity's mentions, reporting a failure. */
  toggleMentions(entityId: string): void {
    const open = this.snapshot.mentions?.entityId === entityId;
    this.showMentions(open ? null : entityId).catch(this.notifications.report);
  }

  /** Saves an entity's details: name, type, aliases, knowledge base id, note. */
  updateDetails(
    entityId: string,
    details: {
      readonly name: string;
      readonly type: string;
      readonly aliases: readonly string[];
      readonly kbId: string;
      readonly note: string;
    },
  ): Promise<EditResult | null> {
    return this.editSeen(entityId, { ...details, aliases: [...details.aliases] });
  }

  rename(entityId: string, name: string): Promise<EditResult | null> {
    return this.editSeen(entityId, { name });
  }

  /**
   * Saves an edit of an entity as this window last saw it: when someone changed it since (a
   * sync, another window), the edit is refused and the registry reread, so nothing of theirs is
   * overwritten and the panel shows what is there now.
   */
  private async editSeen(
    entityId: string,
    fields: Omit<Parameters<PublicApi['updateEntity']>[0], 'entityId' | 'basedOn'>,
  ): Promise<EditResult | null> {
    const seen = this.snapshot.entities.find((e) => e.id === entityId);
    const basedOn = seen && {
      name: seen.name,
      type: seen.type,
      aliases: [...seen.aliases],
      kbId: seen.kbId ?? '',
      note: seen.note ?? '',
    };
    const result = await this.edit(
      this.client.updateEntity({ entityId, ...fields, ...(basedOn ? { basedOn } : {}) }),
    );
    if (!result) await this.refresh().catch(this.notifications.report);
    return result;
  }

  merge(from: string, into: string): Promise<EditResult | null> {
    return this.edit(this.client.mergeEntities({ from, into }));
  }

  /** A new entity named `name`, linked to one span (a mention split off, or a span's first link). */
  create(
    name: string,
    type: string,
    link: { readonly documentId: string; readonly spanId: string },
  ): Promise<EditResult | null> {
    return this.edit(this.client.createEntity({ name, type, link }));
  }
}
