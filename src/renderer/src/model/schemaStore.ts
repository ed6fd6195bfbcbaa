import type { EditResult, PublicApi } from '../../../shared/contract';
import type { LabelSchema, LabelStyles } from '../../../shared/model';
import type { DocumentStore } from './documentStore';

/** Schema edits; each throws what the workbench refused (the dialog shows it) and is absorbed when done. */
export class SchemaStore {
  constructor(
    private readonly client: PublicApi,
    private readonly document: DocumentStore,
  ) {}

  private async absorb(call: Promise<EditResult>): Promise<EditResult | null> {
    return this.document.absorb(await call);
  }

  renameLabel(from: string, to: string): Promise<EditResult | null> {
    return this.absorb(this.client.renameLabel({ from, to }));
  }

  /** Deletes a label; unless `force`, a label in use fails with `needs_confirmation`. */
  deleteLabel(name: string, force = false): Promise<EditResult | null> {
    return this.absorb(this.client.deleteLabel({ name, ...(force ? { force } : {}) }));
  }

  /** How many spans of every annotator carry each of `labels` (those with none are left out). */
  async labelUses(labels: Iterable<string>): Promise<Map<string, number>> {
    const stats = await this.client.projectStats({});
    const uses = new Map<string, number>();
    for (const label of labels) {
      const count = stats.annotators.reduce((sum, a) => sum + (a.labels[label] ?? 0), 0);
      if (count > 0) uses.set(label, count);
    }
    return uses;
  }

  /**
   * Saves the schema dialog: the schema under the labels' old names first, edited from version
   * `basedOn` (another save since then fails with `conflict`; a refusal changes nothing, and
   * labels added in the same save are in it; a deleted label no span uses is left out of it),
   * then each deleted label spans use (with those spans), then each rename, which rewrites every
   * annotator's spans in one step.
   */
  async save(
    schema: LabelSchema,
    styles: LabelStyles,
    renames: ReadonlyMap<string, string>,
    basedOn: string,
    deletesInUse: readonly string[] = [],
  ): Promise<void> {
    await this.updateSchema(schema, styles, basedOn);
    for (const name of deletesInUse) await this.deleteLabel(name, true);
    for (const [from, to] of renames) await this.renameLabel(from, to);
  }

  /** Saves schema and styles edited from version `basedOn`; another save since then fails with `conflict`. */
  updateSchema(
    schema: LabelSchema,
    styles: LabelStyles,
    basedOn: string,
  ): Promise<EditResult | null> {
    return this.absorb(this.client.updateSchema({ schema, styles, basedOn }));
  }
}
