import type { Entity } from '../../model';
import type { OffsetIndex } from '../../spans';
import type { FormatSpan } from '../common';
import type { AnnLine } from './annLine';

/** A span being assembled from T, A, N and # lines. */
export type SpanDraft = { -readonly [K in keyof FormatSpan]: FormatSpan[K] } & { id: string };

/** What the passes over one `.ann` file share while reading it. */
export interface AnnContext {
  readonly file: string;
  readonly text: string;
  readonly index: OffsetIndex;
  readonly byId: ReadonlyMap<string, AnnLine>;
  /** Valid T lines by id, in file order. */
  readonly spans: Map<string, SpanDraft>;
  readonly entities: Map<string, Entity>;
  /** T lines' fragment lists that were not in text order, as written (`27 47;12 21`). */
  readonly fragmentOrders: string[];
  /** Lines (by number) a writer would write otherwise: T lines whose text column is not the covered text as brat joins it. */
  readonly writtenOtherwise: Set<number>;
  fail(line: number, reason: string): void;
  warn(line: number, reason: string): void;
}

const KIND_NAMES: Record<AnnLine['kind'], string> = {
  T: 'text-bound annotation',
  A: 'attribute',
  N: 'normalization',
  R: 'relation',
  E: 'event',
  bare: 'event without a trigger',
  '#': 'note',
  '*': 'equivalence',
};

/**
 * The line `ref` names, checked to be one of `kinds`. A missing id is an error; an id
 * of another kind is a warning (valid brat that Loupe cannot hold), and both give undefined.
 * @example resolveRef(ctx, a1Line, 'T9', ['T', 'E']) → undefined and 'A1 refers to T9, which is not defined'
 */
export function resolveRef(
  ctx: AnnContext,
  from: AnnLine,
  ref: string,
  kinds: readonly AnnLine['kind'][],
): AnnLine | undefined {
  const target = ctx.byId.get(ref);
  if (!target) {
    ctx.fail(from.line, `${from.id} refers to ${ref}, which is not defined`);
    return undefined;
  }
  if (!kinds.includes(target.kind)) {
    ctx.warn(
      from.line,
      `${from.id} refers to ${ref}, a ${KIND_NAMES[target.kind]}; Loupe does not import that`,
    );
    return undefined;
  }
  return target;
}
