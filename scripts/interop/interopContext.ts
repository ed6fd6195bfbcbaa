import type { GoldDocument } from './goldDocument';
import type { LoupeCli } from './loupeCli';
import type { PythonSetup } from './pythonEnv';
import type { SharedTools } from './sharedTools';

/** The annotator whose layer holds the hard cases in the generated project. */
export const ANNOTATOR = 'interop';

/** What every check gets: the gold, the project built from it, and the readers at hand. */
export interface InteropContext {
  /** A fresh temporary folder for this run. */
  readonly work: string;
  readonly gold: readonly GoldDocument[];
  /** The hard-case brat collection written from the gold (the round trip's original). */
  readonly original: string;
  /** The Loupe project the original was imported into. */
  readonly project: string;
  readonly loupe: LoupeCli;
  readonly python: PythonSetup;
  readonly tools: SharedTools;
}
