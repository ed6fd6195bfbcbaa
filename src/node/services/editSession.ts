import { setTimeout as delay } from 'node:timers/promises';
import { WorkbenchError, type EditResult, type LayerChange } from '../../shared/contract';
import { nextSpans, spanIndexOf } from './spanIndex';
import type { Layer, Relation, Span, Stance } from '../../shared/model';
import type { EntityRegistry, ProjectFolder } from '../store';
import {
  ChangedOnDiskError,
  checkLayer,
  layerFieldsOf,
  layerWithSpans,
  spanCountOf,
} from '../store';
import { EditHistory, invert, type LayerStep, type Transaction } from './transaction';
import { TransactionBuilder } from './transactionBuilder';
import { WriteQueue } from '../store/writeQueue';

/** How often an edit is re-applied when its layer keeps changing on disk underneath it. */
const APPLY_ATTEMPTS = 24;

/** Items after a step's changes by id (the same list when it changed none of them), optionally sorted. */
function nextItems<T extends { id: string }>(
  items: T[],
  changes: ReadonlyMap<string, readonly [T | null, T | null]>,
  order?: (a: T, b: T) => number,
): T[] {
  if (changes.size === 0) return items;
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const [id, [, after]] of changes) {
    if (after) byId.set(id, after);
    else byId.delete(id);
  }
  const out = [...byId.values()];
  return order ? out.sort(order) : out;
}

function changeOf(step: LayerStep, layer: Layer): LayerChange {
  const upserted = [...step.spans.values()]
    .map(([, after]) => after)
    .filter((s): s is Span => s !== null);
  const stancesUpserted = [...step.stances.values()]
    .map(([, after]) => after)
    .filter((s): s is Stance => s !== null);
  return {
    documentId: step.documentId,
    upserted,
    removed: [...step.spans].filter(([, [, after]]) => after === null).map(([id]) => id),
    stancesUpserted,
    stancesRemoved: [...step.stances].filter(([, [, after]]) => after === null).map(([id]) => id),
    relationsUpserted: [...step.relations.values()]
      .map(([, after]) => after)
      .filter((r): r is Relation => r !== null),
    relationsRemoved: [...step.relations]
      .filter(([, [, after]]) => after === null)
      .map(([id]) => id),
    dismissedNames: layer.dismissedNames ?? [],
    documentLabels: layer.documentLabels,
    status: layer.status,
    spanCount: spanCountOf(layer),
  };
}

/**
 * Runs edits one at a time: plan against working copies, check every touched layer, write
 * entity and layer files atomically, record the step for undo. A failed write rolls back
 * the files this step already wrote.
 */
export class EditSession {
  private readonly history = new EditHistory();
  private readonly queue = new WriteQueue();

  constructor(
    private readonly store: ProjectFolder,
    private readonly registry: EntityRegistry,
    private readonly annotator: () => string,
  ) {}

  get historyState(): { canUndo: boolean; canRedo: boolean } {
    return this.history.state;
  }

  /**
   * Plans and applies one edit as one undoable step, or, when `join` makes one step of it and
   * the last one recorded, as part of that step.
   */
  run(
    plan: (builder: TransactionBuilder) => Promise<void> | void,
    join?: (last: Transaction, step: Transaction) => Transaction | null,
  ): Promise<EditResult> {
    return this.queue.run('edit', async () => {
      const builder = new TransactionBuilder(this.store, this.registry, this.annotator());
      await plan(builder);
      const step = builder.build();
      const result = await this.apply(step);
      if (join) this.history.recordJoined(step, (last) => join(last, step));
      else this.history.record(step);
      return { ...result, history: this.history.state };
    });
  }

  undo(): Promise<EditResult | null> {
    return this.queue.run('edit', async () => {
      const step = this.history.peekUndo();
      if (!step) return null;
      const result = await this.apply(invert(step));
      this.history.commitUndo();
      return { ...result, history: this.history.state };
    });
  }

  redo(): Promise<EditResult | null> {
    return this.queue.run('edit', async () => {
      const step = this.history.peekRedo();
      if (!step) return null;
      const result = await this.apply(step);
      this.history.commitRedo();
      return { ...result, history: this.history.state };
    });
  }

  clear(): void {
    this.history.clear();
  }

  /** Applies a step; when a layer changed on disk meanwhile (another writer), re-applies it on top of the new file. */
  private async apply(step: Transaction): Promise<Omit<EditResult, 'history'>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.applyOnce(step);
      } catch (error) {
        if (!(error instanceof ChangedOnDiskError) || attempt >= APPLY_ATTEMPTS) throw error;
      }
      await delay(Math.random() * 10 * attempt); // let the other writer finish instead of racing it again
    }
  }

  private async applyOnce(step: Transaction): Promise<Omit<EditResult, 'history'>> {
    const planned: { step: LayerStep; version: string; next: Layer }[] = [];
    for (const layerStep of step.layers) {
      const { layer: before, version } = await this.store.readLayerForEdit(
        layerStep.documentId,
        layerStep.annotator,
      );
      const next: Layer = layerWithSpans(
        {
          ...layerFieldsOf(before),
          stances: nextItems(before.stances, layerStep.stances, (a, b) => a.id.localeCompare(b.id)),
          relations: nextItems(before.relations, layerStep.relations),
          documentLabels: layerStep.documentLabels[1] ?? {},
          status: layerStep.status[1],
          updatedAt: new Date().toISOString(),
        },
        nextSpans(before, layerStep.spans),
      );
      const [namesBefore, namesAfter] = layerStep.dismissedNames;
      if (namesAfter) next.dismissedNames = [...namesAfter];
      else if (namesBefore) delete next.dismissedNames;
      const [rejectedBefore, rejectedAfter] = layerStep.rejected;
      if (rejectedAfter) next.rejected = [...rejectedAfter];
      else if (rejectedBefore) delete next.rejected;
      const meta = this.store.getDocument(next.documentId);
      const changed = [...layerStep.spans.values()].flatMap(([, after]) => (after ? [after] : []));
      const problem = checkLayer(next, meta.textHash, meta.length, {
        changed,
        ids: spanIndexOf(next),
      });
      // An edit that would leave its layer inconsistent is the request's fault, not a damaged file.
      if (problem)
        throw new WorkbenchError(
          'invalid_request',
          `${this.store.layerFile(next.documentId, next.annotator)}: the edit would leave the layer inconsistent (${problem}); nothing was written`,
        );
      planned.push({ step: layerStep, version, next });
    }
    await this.store.commit({
      ...(step.manifest?.[1] ? { manifest: step.manifest[1] } : {}),
      entities: new Map([...step.entities].map(([id, [, after]]) => [id, after])),
      layers: planned.map(({ next, version }) => ({ layer: next, basedOn: version })),
    });
    return {
      changes: planned
        .filter(({ step: s }) => s.annotator === this.annotator())
        .map(({ step: s, next }) => changeOf(s, next)),
      entitiesChanged: step.entities.size > 0,
      projectChanged: step.manifest !== null,
    };
  }
}
