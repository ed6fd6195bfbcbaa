import type {
  ExportArchive,
  ExportResult,
  ImportPreview,
  ImportSummary,
  PublicApi,
  RequestOf,
} from '../../../shared/contract';
import type { NotificationsStore } from './notificationsStore';

/** Import and export: previews (which throw, for the dialogs to show) and the writes. */
export class InterchangeStore {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
    /** Rereads the project, the documents and the open document after an import. */
    private readonly reload: () => Promise<void>,
  ) {}

  previewImport(request: RequestOf<'previewImport'>): Promise<ImportPreview> {
    return this.client.previewImport(request);
  }

  /** Imports everything or nothing, says what came in, and rereads the project. */
  async importFiles(request: RequestOf<'importFiles'>): Promise<ImportSummary> {
    const summary = await this.client.importFiles(request);
    this.notifications.notify(
      `Imported ${summary.documents.length} document(s): ${summary.spans} span(s), ${summary.stances} stance(s).`,
    );
    this.reload().catch(this.notifications.report);
    return summary;
  }

  previewExport(request: RequestOf<'previewExport'>): Promise<ExportResult> {
    return this.client.previewExport(request);
  }

  /** A multi-file export as one zip archive, for one browser download; says what it holds. */
  async exportArchive(request: RequestOf<'exportArchive'>): Promise<ExportArchive> {
    const archive = await this.client.exportArchive(request);
    this.notifications.notify(
      `Exported ${archive.summary.documents} document(s), ${archive.summary.spans} span(s) as ${archive.name} (${archive.files.length} files).`,
    );
    return archive;
  }

  /** Writes (or, without `out`, returns) the export and says what it wrote. */
  async exportProject(request: RequestOf<'exportProject'>): Promise<ExportResult> {
    const result = await this.client.exportProject(request);
    const where = result.out ? ` to ${result.out}` : '';
    this.notifications.notify(
      `Exported ${result.summary.documents} document(s), ${result.summary.spans} span(s)${where}.`,
    );
    return result;
  }
}
