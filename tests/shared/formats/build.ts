import fc from 'fast-check';
import { zipSync, type Zippable } from 'fflate';
import type { Entity } from '../../../src/shared/model';
import { FormatErrors } from '../../../src/shared/formats';
import type {
  FormatBundle,
  FormatDocument,
  FormatError,
  FormatFile,
  FormatRelation,
  FormatSpan,
  FormatStance,
} from '../../../src/shared/formats';
import { fragmentOf } from '../../../src/shared/spans';
import { emptyFormatDocument } from '../../../src/shared/formats/common/formatDocument';

/** A one-fragment span in code points. */
export function span(
  start: number,
  end: number,
  label = 'PERSON',
  extra: Partial<FormatSpan> = {},
): FormatSpan {
  return { label, fragments: [fragmentOf(start, end)], ...extra };
}

/** A span of several fragments. */
export function discontinuous(label: string, ...pairs: [number, number][]): FormatSpan {
  return { label, fragments: pairs.map(([start, end]) => fragmentOf(start, end)) };
}

export function relation(
  type: string,
  from: string,
  to: string,
  extra: Partial<FormatRelation> = {},
): FormatRelation {
  return { type, from, to, ...extra };
}

export function stance(
  polarity: string,
  evidence: string[],
  extra: Partial<FormatStance> = {},
): FormatStance {
  return { polarity, evidence, ...extra };
}

export function entity(
  id: string,
  name: string,
  type = 'PERSON',
  extra: Partial<Entity> = {},
): Entity {
  return { id, name, type, aliases: [], ...extra };
}

/** A document; everything but the text defaults to empty. */
export function doc(text: string, parts: Partial<FormatDocument> = {}): FormatDocument {
  return { ...emptyFormatDocument('doc', text), ...parts };
}

export function bundle(...documents: FormatDocument[]): FormatBundle {
  const entities = [
    ...new Map(documents.flatMap((d) => d.entities).map((e) => [e.id, e])).values(),
  ];
  const labels = [...new Set(documents.flatMap((d) => d.spans.map((s) => s.label)))].sort();
  return { documents, entities, labels, warnings: [] };
}

export function file(path: string, content: string): FormatFile {
  return { path, content };
}

/** Lines of a line-based file, each ended by LF. */
export function lines(...rows: string[]): string {
  return rows.map((row) => `${row}\n`).join('');
}

/** Tab-separated columns. */
export function tsv(...columns: (string | number)[]): string {
  return columns.join('\t');
}

/** JSON Lines from values. */
export function jsonl(...values: unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}

/** JSON text of arrays nested `depth` deep, as a damaged file may hold in a field. */
export function nestedJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** The code point offset of the `nth` occurrence of `part` in `text` (what Python's str.find counts). */
export function cp(text: string, part: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1);
    if (at === -1) throw new Error(`${JSON.stringify(part)} not found ${nth + 1} times`);
  }
  return [...text.slice(0, at)].length;
}

/** The errors a reader throws (FormatErrors), or fails the test when it throws nothing else. */
export function errorsOf(read: () => unknown): readonly FormatError[] {
  try {
    read();
  } catch (error) {
    if (error instanceof FormatErrors) return error.errors;
    throw error;
  }
  throw new Error('expected the reader to reject this input');
}

/** A zip archive of `entries` as a file read in binary (an INCEpTION export). */
export function zipFile(path: string, entries: Zippable): FormatFile {
  return { path, content: '', binary: zipSync(entries) };
}

/** `file:line: reason` of each error, for compact assertions. */
export function messagesOf(read: () => unknown): string[] {
  return errorsOf(read).map((e) => e.message);
}

/** A span of one or two fragments (either may be empty), labelled A or B, as an editor or an import makes them. */
export const spanArbitrary: fc.Arbitrary<FormatSpan> = fc
  .array(
    fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 8 }))
      .map(([s, n]) => [s, s + n] as [number, number]),
    { minLength: 1, maxLength: 2 },
  )
  .chain((pairs) =>
    fc.constantFrom('A', 'B').map((label) => {
      const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
      const apart = sorted.every((p, i) => i === 0 || p[0] >= (sorted[i - 1]?.[1] ?? 0));
      return apart && sorted.length > 1
        ? discontinuous(label, ...sorted)
        : span(sorted[0]?.[0] ?? 0, sorted[0]?.[1] ?? 0, label);
    }),
  );
