import { z } from 'zod';
import { KEPT_BRAT } from '../common/keptKeys';
import type { DocumentMetadata } from '../../model';
import { fragmentOf, type Fragment } from '../../spans';
import type { TypedNote } from './keptNotes';
import type { KeptLine } from './keptLines';

/** The metadata key under which a brat document keeps what only brat reads back. */
export const BRAT_KEY = KEPT_BRAT;

/**
 * What a brat document keeps beyond Loupe's spans: the fragment lists of its T lines that
 * were not in text order, as written (`27 47;12 21`), its `#` notes of other types than
 * AnnotatorNotes (see `TypedNote`) and the lines Loupe does not model (see `KeptLine`). Loupe
 * holds a span's fragments in text order; the writer puts a span whose fragments are these
 * back in the order read, each note back under its type and each kept line back as written;
 * `lineOrder` (see `lineOrder`) puts every line back in its place under its id, `spacedLines`
 * (see `spacedLines`) those the file wrote otherwise than Loupe writes them back as written
 * (both absent in layers written before they were kept: their lines are written in Loupe's
 * order, renumbered); `openEnd` that the file's last line had no line break, nor has the export's.
 * @example { fragmentOrders: ['27 47;12 21'], typedNotes: [['Lemma', 'T Word 0 4', 'word', 'T1']], lineOrder: ['T1', '#1 Lemma T1'] }
 */
const keptBratSchema = z.object({
  fragmentOrders: z.array(z.string()).optional(),
  typedNotes: z
    .array(z.tuple([z.string(), z.string(), z.string(), z.string().optional()]))
    .optional(),
  keptLines: z
    .array(
      z.object({
        line: z.string(),
        refs: z.array(z.tuple([z.number().int().nonnegative(), z.string()])),
        kept: z.array(z.string()),
        invalid: z
          .object({
            at: z.number().int().nonnegative(),
            twin: z.literal(true).optional(),
            was: z.string().optional(),
          })
          .optional(),
      }),
    )
    .optional(),
  lineOrder: z.array(z.string()).optional(),
  spacedLines: z.array(z.tuple([z.number().int().nonnegative(), z.string()])).optional(),
  /** The file's last line ended without a line break. */
  openEnd: z.literal(true).optional(),
  /** The file's blank lines (or lines of spaces alone), as written, by their place in `lineOrder`. */
  blankLines: z.array(z.tuple([z.number().int().nonnegative(), z.string()])).optional(),
});

/** `27 47;12 21`: fragments as a T line lists them. */
export function listedFragments(fragments: readonly Fragment[]): string {
  return fragments.map((f) => `${f.start} ${f.end}`).join(';');
}

/** The metadata keeping these fragment lists as read, typed notes, kept lines and the file's line order, or undefined when there are none. */
export function keptBrat(
  orders: readonly string[],
  notes: readonly TypedNote[],
  lines: readonly KeptLine[] = [],
  lineOrder: readonly string[] = [],
  spaced: readonly (readonly [number, string])[] = [],
  openEnd = false,
  blanks: readonly (readonly [number, string])[] = [],
): DocumentMetadata | undefined {
  if (orders.length === 0 && notes.length === 0 && lines.length === 0 && lineOrder.length === 0)
    return undefined;
  return {
    [BRAT_KEY]: {
      ...(orders.length > 0 ? { fragmentOrders: [...orders] } : {}),
      ...(notes.length > 0
        ? {
            typedNotes: notes.map(([type, key, note, id]) => [
              type,
              key,
              note,
              ...(id === undefined ? [] : [id]),
            ]),
          }
        : {}),
      ...(lines.length > 0
        ? {
            keptLines: lines.map((l) => ({
              line: l.line,
              refs: l.refs.map((r) => [...r]),
              kept: [...l.kept],
              ...(l.invalid ? { invalid: { ...l.invalid } } : {}),
            })),
          }
        : {}),
      ...(lineOrder.length > 0 ? { lineOrder: [...lineOrder] } : {}),
      ...(spaced.length > 0 ? { spacedLines: spaced.map((l) => [...l]) } : {}),
      ...(openEnd && lineOrder.length > 0 ? { openEnd: true } : {}),
      ...(blanks.length > 0 && lineOrder.length > 0
        ? { blankLines: blanks.map((l) => [...l]) }
        : {}),
    },
  };
}

/**
 * The order and ids of the lines of the file a document was read from (see `lineOrder`), none
 * when absent (a layer written before they were kept) or not in that shape.
 * and the lines it wrote otherwise by their place (see `spacedLines`).
 * @example lineOrderOf({ $brat: { lineOrder: ['T2', 'T1'] } }).order → ['T2', 'T1']
 */
export function lineOrderOf(metadata: DocumentMetadata | undefined): {
  order: string[];
  spaced: Map<number, string>;
  openEnd: boolean;
  blanks: [number, string][];
} {
  const parsed = keptBratSchema.safeParse(metadata?.[BRAT_KEY]);
  if (!parsed.success) return { order: [], spaced: new Map(), openEnd: false, blanks: [] };
  return {
    order: parsed.data.lineOrder ?? [],
    spaced: new Map(parsed.data.spacedLines ?? []),
    openEnd: parsed.data.openEnd === true,
    blanks: parsed.data.blankLines ?? [],
  };
}

/**
 * The lines a document keeps as written (see `KeptLine`), none when absent or not in that shape.
 * @example keptLinesOf({ $brat: { keptLines: [{ line: 'E1\tX A:T1 B:T2 C:T3', refs: [], kept: [] }] } }).length === 1
 */
export function keptLinesOf(metadata: DocumentMetadata | undefined): KeptLine[] {
  const parsed = keptBratSchema.safeParse(metadata?.[BRAT_KEY]);
  return parsed.success ? (parsed.data.keptLines ?? []) : [];
}

/**
 * The typed notes a document keeps (see `TypedNote`), none when absent or not in that shape.
 * @example typedNotesOf({ $brat: { typedNotes: [['Lemma', 'T Word 0 4', 'word']] } }).length === 1
 */
export function typedNotesOf(metadata: DocumentMetadata | undefined): TypedNote[] {
  const parsed = keptBratSchema.safeParse(metadata?.[BRAT_KEY]);
  return parsed.success ? (parsed.data.typedNotes ?? []) : [];
}

/**
 * From the kept lists, a lookup: fragments in text order (listed) → the order read. A span
 * whose fragments changed is not found, and is written in text order.
 * @example fragmentOrdersOf({ $brat: { fragmentOrders: ['27 47;12 21'] } }).get('12 21;27 47') === '27 47;12 21'
 */
export function fragmentOrdersOf(metadata: DocumentMetadata | undefined): Map<string, string> {
  const parsed = keptBratSchema.safeParse(metadata?.[BRAT_KEY]);
  const orders = new Map<string, string>();
  for (const listed of parsed.success ? (parsed.data.fragmentOrders ?? []) : []) {
    const fragments = fragmentsOf(listed);
    orders.set(listedFragments([...fragments].sort((a, b) => a.start - b.start)), listed);
  }
  return orders;
}

/**
 * The fragments a list names, in its order.
 * @example fragmentsOf('27 47;12 21') → [fragmentOf(27, 47), fragmentOf(12, 21)]
 */
export function fragmentsOf(listed: string): Fragment[] {
  return listed.split(';').map((pair) => {
    const [start, end] = pair.split(' ').map(Number);
    return fragmentOf(start ?? 0, end ?? 0);
  });
}
