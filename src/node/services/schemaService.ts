import type { EditResult, LabelSpans, RequestOf, SkippedLayer } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract';
import { labelSchemaSchema, type LabelSchema, type LabelStyles } from '../../shared/model';
import { StoreError, type ProjectFolder } from '../store';
import type { EditSession } from './editSession';
import { keptSchemaFields } from './keptSchemaFields';
import type { TransactionBuilder } from './transactionBuilder';
import { getOwn } from '../../shared/collections';
import { schemaVersion } from './schemaVersion';
import { countOf } from '../../shared/text';

/** Why a schema and its styles cannot be saved, or null. Key collisions are refused by name. */
export function schemaProblem(schema: LabelSchema, styles: LabelStyles): string | null {
  const names = new Set<string>();
  for (const label of schema.labels) {
    if (names.has(label.name)) return `label ${label.name} appears twice`;
    names.add(label.name);
  }
  const keys = new Map<string, string>();
  for (const [name, style] of Object.entries(styles)) {
    if (!style.key) continue;
    const other = keys.get(style.key);
    if (other)
      return `key ${style.key} is used by both ${[other, name].sort().join(' and ')}; give one of them another key`;
    keys.set(style.key, name);
  }
  const topics = new Set<string>();
  for (const topic of schema.topics) {
    if (topics.has(topic.id)) return `topic id ${topic.id} appears twice`;
    topics.add(topic.id);
  }
  if (schema.polarities.length === 0) return 'a schema needs at least one polarity';
  return null;
}

/** Edits of the label schema; renaming or deleting a label rewrites every annotator's spans in one undoable step. */
export class SchemaService {
  constructor(
    private readonly store: ProjectFolder,
    private readonly session: EditSession,
  ) {}

  /**
   * Saves the schema dialog as one undoable step: schema and styles, the labels it deletes with
   * their spans, and the labels it renames in every annotator's spans.
   */
  async updateSchema(request: RequestOf<'updateSchema'>): Promise<EditResult> {
    const tally = new LabelTally();
    const result = await this.session.run(async (b) => {
      if (request.basedOn !== undefined && request.basedOn !== schemaVersion(this.store.manifest))
        throw new WorkbenchError(
          'conflict',
          'someone else changed the label schema since you opened it; reload or merge (nothing was saved)',
        );
      const given = labelSchemaSchema.parse(request.schema);
      const renames = new Map((request.renames ?? []).map((r) => [r.from, r.to] as const));
      const kept = keptSchemaFields(this.store.manifest, { schema: given, styles: request.styles });
      const { schema, styles } = renamedLabels(kept.schema, kept.styles, renames);
      const problem = schemaProblem(schema, styles);
      if (problem) throw new WorkbenchError('invalid_request', problem);
      const named = new Set(given.labels.map((l) => l.name));
      const removed = this.store.manifest.schema.labels
        .map((l) => l.name)
        .filter((name) => !named.has(name));
      const confirmed = new Set(request.deleteWithSpans ?? []);
      const uses = await this.usesOf([...removed, ...renames.keys()], tally);
      for (const name of removed) {
        const count = (uses.get(name)?.length ?? 0) + tally.leftWith(name);
        if (count > 0 && !confirmed.has(name))
          throw new WorkbenchError(
            'needs_confirmation',
            `label ${name} is used by ${countOf(count, 'span')}; name it in deleteWithSpans to delete ${count === 1 ? 'it' : 'them'} with it`,
          );
      }
      b.setManifest({ ...this.store.manifest, schema, styles });
      for (const name of removed)
        for (const use of uses.get(name) ?? [])
          await b.putSpan(use.documentId, use.spanId, null, use.annotator);
      for (const [from, to] of renames) await this.relabel(b, uses.get(from) ?? [], to);
      tally.changed = [...removed, ...renames.keys()].reduce(
        (sum, name) => sum + (uses.get(name)?.length ?? 0),
        0,
      );
    });
    return { ...result, labelSpans: tally.report() };
  }

  async renameLabel(request: RequestOf<'renameLabel'>): Promise<EditResult> {
    const tally = new LabelTally();
    const result = await this.session.run(async (b) => {
      const { schema, styles } = this.store.manifest;
      if (!schema.labels.some((l) => l.name === request.from))
        throw new WorkbenchError('not_found', `no label ${request.from}`);
      if (schema.labels.some((l) => l.name === request.to))
        throw new WorkbenchError('invalid_request', `label ${request.to} already exists`);
      const { [request.from]: _old, ...rest } = styles;
      const style = getOwn(styles, request.from);
      b.setManifest({
        ...this.store.manifest,
        schema: {
          ...schema,
          labels: schema.labels.map((l) =>
            l.name === request.from ? { ...l, name: request.to } : l,
          ),
        },
        styles: style ? { ...rest, [request.to]: style } : rest,
      });
      const uses = await this.uses(request.from, tally);
      await this.relabel(b, uses, request.to);
      tally.changed = uses.length;
    });
    return { ...result, labelSpans: tally.report() };
  }

  async deleteLabel(request: RequestOf<'deleteLabel'>): Promise<EditResult> {
    const tally = new LabelTally();
    const result = await this.session.run(async (b) => {
      const { schema, styles } = this.store.manifest;
      if (!schema.labels.some((l) => l.name === request.name))
        throw new WorkbenchError('not_found', `no label ${request.name}`);
      const uses = await this.uses(request.name, tally);
      const count = uses.length + tally.leftWith(request.name);
      if (count > 0 && !request.force) {
        throw new WorkbenchError(
          'needs_confirmation',
          `label ${request.name} is used by ${countOf(count, 'span')}; deleting it deletes ${count === 1 ? 'it' : 'them'}`,
        );
      }
      const { [request.name]: _gone, ...rest } = styles;
      b.setManifest({
        ...this.store.manifest,
        schema: { ...schema, labels: schema.labels.filter((l) => l.name !== request.name) },
        styles: rest,
      });
      for (const use of uses) await b.putSpan(use.documentId, use.spanId, null, use.annotator);
      tally.changed = uses.length;
    });
    return { ...result, labelSpans: tally.report() };
  }

  /** Gives every span of `uses` the label `to`. */
  private async relabel(
    b: TransactionBuilder,
    uses: readonly LabelUse[],
    to: string,
  ): Promise<void> {
    for (const use of uses) {
      const span = (await b.layer(use.documentId, use.annotator)).spans.get(use.spanId);
      if (span)
        await b.putSpan(
          use.documentId,
          span.id,
          { ...span, label: to, updatedAt: b.now },
          use.annotator,
        );
    }
  }

  /** Every span of every annotator with this label that can be rewritten. */
  private async uses(label: string, tally: LabelTally): Promise<LabelUse[]> {
    return (await this.usesOf([label], tally)).get(label) ?? [];
  }

  /**
   * Every span of every annotator with one of these labels, by label, reading each layer once;
   * a layer that cannot be rewritten (read-only journal) or read (damaged) is left as it is and
   * goes to `tally` with why, never silently.
   */
  private async usesOf(
    labels: readonly string[],
    tally: LabelTally,
  ): Promise<Map<string, LabelUse[]>> {
    const uses = new Map<string, LabelUse[]>(labels.map((label) => [label, []]));
    if (uses.size === 0) return uses;
    for (const annotator of await this.store.listAnnotators()) {
      for (const meta of this.store.listDocuments()) {
        const layer = await this.store
          .readLayerShared(meta.id, annotator)
          .catch((error: unknown) => {
            if (!(error instanceof StoreError)) throw error;
            tally.skip({
              documentId: meta.id,
              annotator,
              file: error.file,
              reason: error.reason,
              spans: null,
            });
            return null;
          });
        const found = (layer?.spans ?? []).filter((span) => uses.has(span.label));
        if (found.length === 0) continue;
        const notice = this.store.layerNotice(meta.id, annotator);
        if (notice) {
          tally.skip(
            {
              documentId: meta.id,
              annotator,
              file: notice.file,
              reason: notice.reason,
              spans: found.length,
            },
            found,
          );
          continue;
        }
        for (const span of found)
          uses.get(span.label)?.push({ documentId: meta.id, annotator, spanId: span.id });
      }
    }
    return uses;
  }
}

/** The spans a label edit changed and the layers it left as they were. */
class LabelTally {
  changed = 0;
  private readonly skipped: SkippedLayer[] = [];
  private readonly left = new Map<string, number>();

  /** Leaves a layer as it is; `spans` are its spans with the labels edited, when it could be read. */
  skip(layer: SkippedLayer, spans: readonly { readonly label: string }[] = []): void {
    this.skipped.push(layer);
    for (const span of spans) this.left.set(span.label, (this.left.get(span.label) ?? 0) + 1);
  }

  /** How many spans with `label` the skipped layers keep. */
  leftWith(label: string): number {
    return this.left.get(label) ?? 0;
  }

  report(): LabelSpans {
    const notChanged = this.skipped.reduce((sum, layer) => sum + (layer.spans ?? 0), 0);
    return { changed: this.changed, notChanged, skipped: this.skipped };
  }
}

/** Where one span with a given label is. */
interface LabelUse {
  readonly documentId: string;
  readonly annotator: string;
  readonly spanId: string;
}

/**
 * The schema and styles with labels renamed all at once (so two labels can swap names); a
 * rename of a label the schema lacks is refused.
 */
function renamedLabels(
  schema: LabelSchema,
  styles: LabelStyles,
  renames: ReadonlyMap<string, string>,
): { schema: LabelSchema; styles: LabelStyles } {
  for (const from of renames.keys())
    if (!schema.labels.some((l) => l.name === from))
      throw new WorkbenchError('not_found', `no label ${from} to rename`);
  const named = (name: string): string => renames.get(name) ?? name;
  return {
    schema: { ...schema, labels: schema.labels.map((l) => ({ ...l, name: named(l.name) })) },
    styles: Object.fromEntries(Object.entries(styles).map(([name, style]) => [named(name), style])),
  };
}
