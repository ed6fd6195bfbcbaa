import {
  EXPORT_SCHEMES,
  type ExportFormat,
  type ExportScheme,
  type StanceColumnSet,
} from '../../../../../shared/contract';
import { parseSplitRatios } from '../../../../../shared/formats/parseSplitRatios';
import { exportWords } from '../exportWords';

/** The Export dialog's overlap policies; its other choices and how it words them follow. */
export type Overlaps = 'error' | 'longest' | 'first';
export const OVERLAPS: readonly Overlaps[] = ['error', 'longest', 'first'];
export const OVERLAP_CHOICES: Readonly<Record<Overlaps, string>> = {
  error: 'refuse, naming them',
  longest: 'keep the longest',
  first: 'keep the first',
};
export const OVERLAP_FIELD = 'Overlapping spans';
export const OVERLAP_WORDS = { field: OVERLAP_FIELD, ...OVERLAP_CHOICES };
/** The scheme to write, or `auto`: the one the CoNLL files were read in, else IOB2. */
export type SchemeChoice = 'auto' | ExportScheme;
export const SCHEMES: readonly SchemeChoice[] = ['auto', ...EXPORT_SCHEMES];
export const SCHEME_CHOICES: Readonly<Record<SchemeChoice, string>> = {
  auto: 'as the CoNLL files were read (else IOB2)',
  iob2: 'IOB2 (B- begins every span)',
  iob1: 'IOB1 (B- only between touching spans)',
  bioes: 'BIOES (E- ends, S- a single token)',
  bilou: 'BILOU (L- ends, U- a single token)',
  io: 'IO (bare labels: touching spans of one label merge)',
};
export const COLUMN_CHOICES: Readonly<Record<StanceColumnSet, string>> = {
  auto: "as read (else Loupe's, with holder and document)",
  semeval: 'ID, Target, Tweet, Stance (SemEval-2016 scorer)',
};
/** Why the gold layer cannot be chosen before anything was adjudicated into it. */
export const NO_GOLD = 'nothing adjudicated yet';
/** Formats that cannot hold overlapping spans (IOB tags). */
export const TAGGED: readonly ExportFormat[] = ['conll', 'hf', 'spacy-json', 'spacy'];

/** Why a split typed cannot be used, in the dialog's words; null when it can (or is empty). */
export function splitProblemOf(split: string): string | null {
  if (!split.trim()) return null;
  try {
    parseSplitRatios(split.trim());
    return null;
  } catch (error) {
    return exportWords(error instanceof Error ? error.message : String(error));
  }
}
