import { SingleBar } from 'cli-progress';
import type { CallContext } from '../shared/contract';

const PHASES: Record<string, string> = { planning: 'reading', writing: 'writing' };

/**
 * Progress on a terminal's stderr (a bar per phase: reading, then writing) and Ctrl-C as a
 * cancel, for a long import or export; `done` detaches both. Off a terminal it draws nothing.
 * @example const monitor = terminalMonitor('import'); await workbench.importPaths(request, monitor); monitor.done();
 */
export function terminalMonitor(verb: string): CallContext & { readonly done: () => void } {
  const controller = new AbortController();
  const cancel = () => controller.abort(new Error('cancelled'));
  process.once('SIGINT', cancel);
  const tty = process.stderr.isTTY === true;
  let bar: SingleBar | undefined;
  let phase = '';
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    signal: controller.signal,
    onProgress(progress) {
      if (!tty || progress.total <= 0) return;
      if (progress.phase !== phase || !bar) {
        stop();
        phase = progress.phase;
        bar = new SingleBar({
          stream: process.stderr,
          format: `${verb}: ${PHASES[phase] ?? phase} [{bar}] {value}/{total} {percentage}% {eta_formatted} left`,
          barsize: 30,
          clearOnComplete: true,
          hideCursor: true,
          fps: 10,
        });
        bar.start(progress.total, progress.done);
      }
      bar.update(progress.done);
    },
    done() {
      process.off('SIGINT', cancel);
      stop();
    },
  };
}
