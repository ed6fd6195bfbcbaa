import type { EditResult, RequestOf } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract';
import { labelSchemaSchema, type LabelSchema, type LabelStyles } from '../../shared/model';
import type { ProjectFolder } from '../store';
import type { EditSession } from './editSession';
import { getOwn } from '../../shared/collections';
import { schemaVersion } from './schemaVersion';

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

  updateSchema(request: RequestOf<'updateSchema'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      if (request.basedOn !== undefined && request.basedOn !== schemaVersion(this.store.manifest))
        throw new WorkbenchError(
          'conflict',
          'someone else changed the label schema since you opened it; reload or merge (nothing was saved)',
        );
      const schema = labelSchemaSchema.parse(request.schema);
      const problem = schemaProblem(schema, request.styles);
      if (problem) throw new WorkbenchError('invalid_request', problem);
      const kept = new Set(schema.labels.map((l) => l.name));
      const removed = this.store.manifest.schema.labels.filter((l) => !kept.has(l.name));
      for (const label of removed) {
        const uses = await this.uses(label.name);
        if (uses.length > 0)
          throw new WorkbenchError(
            'needs_confirmation',
            `label ${label.name} is used by ${uses.length} span(s); delete it with deleteLabel`,
          );
      }
      b.setManifest({ ...this.store.manifest, schema, styles: request.styles });
    });
  }

  renameLabel(request: RequestOf<'renameLabel'>): Promise<EditResult> {
    return this.session.run(async (b) => {
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
      for (const use of await this.uses(request.from)) {
        const span = (await b.layer(use.documentId, use.annotator)).spans.get(use.spanId);
        if (span)
          await b.putSpan(
            use.documentId,
            span.id,
            { ...span, label: request.to, updatedAt: b.now },
            use.annotator,
          );
      }
    });
  }

  deleteLabel(request: RequestOf<'deleteLabel'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      const { schema, styles } = this.store.manifest;
      if (!schema.labels.some((l) => l.name === request.name))
        throw new WorkbenchError('not_found', `no label ${request.name}`);
      const uses = await this.uses(request.name);
      if (uses.length > 0 && !request.force) {
        throw new WorkbenchError(
          'needs_confirmation',
          `label ${request.name} is used by ${uses.length} span(s); deleting it deletes them`,
        );
      }
      const { [request.name]: _gone, ...rest } = styles;
      b.setManifest({
        ...this.store.manifest,
        schema: { ...schema, labels: schema.labels.filter((l) => l.name !== request.name) },
        styles: rest,
      });
      for (const use of uses) await b.putSpan(use.documentId, use.spanId, null, use.annotator);
    });
  }

  /** Every span of every annotator with this label. */
  private async uses(
    label: string,
  ): Promise<{ documentId: string; annotator: string; spanId: string }[]> {
    const uses: { documentId: string; annotator: string; spanId: string }[] = [];
    for (const annotator of await this.store.listAnnotators()) {
      for (const meta of this.store.listDocuments()) {
        const layer = await this.store.readLayer(meta.id, annotator).catch(() => null);
        for (const span of layer?.spans ?? [])
          if (span.label === label) uses.push({ documentId: meta.id, annotator, spanId: span.id });
      }
    }
    return uses;
  }
}
