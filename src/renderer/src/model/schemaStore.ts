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

  /**
   * Saves the schema dialog: the schema under the labels' old names first, edited from version
   * `basedOn` (another save since then fails with `conflict`; a refusal changes nothing, and
   * labels added in the same save are in it), then each rename, which rewrites every annotator's
   * spans in one step.
   */
  async save(
    schema: LabelSchema,
    styles: LabelStyles,
    renames: ReadonlyMap<string, string>,
    basedOn: string,
  ): Promise<void> {
    await this.updateSchema(schema, styles, basedOn);
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
