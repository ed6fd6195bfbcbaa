import { documentStatusSchema, type Layer } from '../../shared/model';
import { spanCountOf } from './layerSpans';

/** A layer's status and how many spans and stances it holds. */
export interface LayerSummaryCounts {
  readonly status: Layer['status'];
  readonly spanCount: number;
  readonly stanceCount: number;
}

/** The counts of an open layer (without building its flat spans). */
export function countsOf(layer: Layer): LayerSummaryCounts {
  return {
    status: layer.status,
    spanCount: spanCountOf(layer),
    stanceCount: layer.stances.length,
  };
}

/** A file's JSON, or null when it is absent or not JSON. */
export function parseOrNull(bytes: Buffer | null): unknown {
  if (bytes === null) return null;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
}

/** Counts read from a parsed layer file without validating it; null when it is not shaped like a layer. */
export function lightCounts(raw: unknown): LayerSummaryCounts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const status = 'status' in raw ? raw.status : undefined;
  const spans = 'spans' in raw ? raw.spans : undefined;
  const stances = 'stances' in raw ? raw.stances : undefined;
  const parsedStatus = documentStatusSchema.safeParse(status);
  if (!parsedStatus.success || !Array.isArray(spans)) return null;
  return {
    status: parsedStatus.data,
    spanCount: spans.length,
    stanceCount: Array.isArray(stances) ? stances.length : 0,
  };
}
