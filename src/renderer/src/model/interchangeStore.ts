import { countOf } from '../../../shared/text';
import { importTotals } from '../../../shared/contract/importTotals';
import {
  exportTotals,
  importedDocumentsInWords,
  skippedInWords,
  type ExportArchive,
  type ExportResult,
  type ImportPreview,
  type ImportSummary,
  type InterchangeProgress,
  type PublicApi,
  type RequestOf,
} from '../../../shared/contract';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

/** The running import or export, as the dialogs show it: null when none runs. */
export interface InterchangeState {
  readonly progress: InterchangeProgress | null;
}

/** How often a running import or export is asked how far it has come. */
const POLL_MS = 250;

/**
 * Import and export: previews (which throw, for the dialogs to show) and the writes, whose
 * progress it polls (the transports carry none) so the dialogs can draw a bar and cancel.
 */
export class InterchangeStore extends Store<InterchangeState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
    /** Rereads the project, the documents and the open document after an import. */
    private readonly reload: () => Promise<void>,
  ) {
    super({ progress: null });
  }

  previewImport(request: RequestOf<'previewImport'>): Promise<ImportPreview> {
    return this.client.previewImport(request);
  }

  /**
   * Imports everything or nothing, says what came in (each kind the preview counted: document
   * labels alone are not "0 spans") and what "Skip invalid" left out, and rereads the project.
   */
  async importFiles(request: RequestOf<'importFiles'>): Promise<ImportSummary> {
    const summary = await this.polled(() => this.client.importFiles(request));
    const skipped = skippedInWords(summary);
    this.notifications.notify(
      `Imported ${importedDocumentsInWords(summary)}: ${importTotals(summary, { events: true })}.${skipped === '' ? '' : ` ${skipped}`}`,
    );
    this.reload().catch(this.notifications.report);
    return summary;
  }

  previewExport(request: RequestOf<'previewExport'>): Promise<ExportResult> {
    return this.client.previewExport(request);
  }

  /** A multi-file export as one zip archive, for one browser download; says what it holds. */
  async exportArchive(request: RequestOf<'exportArchive'>): Promise<ExportArchive> {
    const archive = await this.polled(() => this.client.exportArchive(request));
    this.notifications.notify(
      `Exported ${exportTotals(archive.summary)} as ${archive.name} (${countOf(archive.files.length, 'file')}).`,
    );
    return archive;
  }

  /** Writes (or, without `out`, returns) the export and says what it wrote. */
  async exportProject(request: RequestOf<'exportProject'>): Promise<ExportResult> {
    const result = await this.polled(() => this.client.exportProject(request));
    // A split named as one file (x.spacy) is a file per part beside that name: each named.
    const beside =
      request.out !== undefined && result.out !== null && !result.out.endsWith(request.out);
    const where = !result.out
      ? ''
      : beside
        ? ` as ${result.files.map((f) => f.path).join(', ')} in ${result.out}`
        : ` to ${result.out}`;
    this.notifications.notify(`Exported ${exportTotals(result.summary)}${where}.`);
    return result;
  }

  /** Cancels the running import (nothing is written) or export (no file is left). */
  readonly cancel = (): void => {
    this.client.cancelInterchange({}).catch(this.notifications.report);
  };

  /** Runs a call while asking, every POLL_MS, how far it has come. */
  private async polled<T>(call: () => Promise<T>): Promise<T> {
    this.set({ progress: { running: true } });
    let done = false;
    const poll = async (): Promise<void> => {
      while (!done) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const progress = await this.client.interchangeProgress({}).catch(() => null);
        if (!done && progress?.running) this.set({ progress });
      }
    };
    void poll();
    try {
      return await call();
    } finally {
      done = true;
      this.set({ progress: null });
    }
  }
}
