/**
 * An export refused because it would hold nothing of what its format writes: a layer no one
 * wrote, no document marked done, a stance table of a layer without stances. Nothing is written;
 * the message names the layer and what to do. The command line exits 1 on it (the project, not
 * the command, is what stands in the way).
 * @example new NothingToExportError("nothing to export: no stances in bo's layers: choose a layer with stances or another format")
 */
export class NothingToExportError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'NothingToExportError';
  }
}
