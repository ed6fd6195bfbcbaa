import type { CallContext } from '../shared/contract';

/** Progress on a terminal's stderr and Ctrl-C as a cancel, for a long import or export; `done` detaches both. */
export function terminalMonitor(verb: string): CallContext & { readonly done: () => void } {
  const controller = new AbortController();
  const cancel = () => controller.abort(new Error('cancelled'));
  process.once('SIGINT', cancel);
  const tty = process.stderr.isTTY === true;
  let shown = '';
  return {
    signal: controller.signal,
    onProgress({ phase, done, total }) {
      if (!tty || (done % 100 !== 0 && done !== total)) return;
      shown = `${verb}: ${phase === 'writing' ? 'writing' : 'reading'} ${done}/${total}`;
      process.stderr.write(`\r${shown}`);
    },
    done() {
      process.off('SIGINT', cancel);
      if (shown) process.stderr.write(`\r${' '.repeat(shown.length)}\r`);
    },
  };
}
