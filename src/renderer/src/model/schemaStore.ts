import { getOwn } from '../../../shared/collections';
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

  /** How many spans of every annotator carry each of `labels` (those with none are left out). */
  async labelUses(labels: Iterable<string>): Promise<Map<string, number>> {
    const stats = await this.client.projectStats({});
    const uses = new Map<string, number>();
    for (const label of labels) {
      const count = stats.annotators.reduce((sum, a) => sum + (getOwn(a.labels, label) ?? 0), 0);
      if (count > 0) uses.set(label, count);
    }
    return uses;
  }

  /**
   * Saves the schema dialog in one undoable step, edited from version `basedOn` (another save
   * since then fails with `conflict`; a refusal changes nothing): the schema with saved labels
   * under their old names and without the deleted ones, the spans of each deleted label spans
   * use (`deletesInUse`, which the user confirmed), and each rename, which rewrites every
   * annotator's spans.
   */
  save(
    schema: LabelSchema,
    styles: LabelStyles,
    renames: ReadonlyMap<string, string>,
    basedOn: string,
    deletesInUse: readonly string[] = [],
  ): Promise<EditResult | null> {
    return this.absorb(
      this.client.updateSchema({
        schema,
        styles,
        basedOn,
        ...(deletesInUse.length > 0 ? { deleteWithSpans: [...deletesInUse] } : {}),
        ...(renames.size > 0 ? { renames: [...renames].map(([from, to]) => ({ from, to })) } : {}),
      }),
    );
  }
}
