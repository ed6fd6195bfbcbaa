import type { Tally } from '../common';
import { restoreOrder } from './lineOrder';
import { replaceLineBreaks } from './splitAtLineBreaks';

/**
 * Collects the lines of one `.ann` file, hands out fresh ids per prefix (T1, T2, …, #1)
 * and makes values safe for brat's line- and space-separated syntax, noting changes (no loss).
 * @example const w = new AnnWriter(tally); w.push(`${w.next('T')}\tORG 0 3\tIBM`); w.content() === 'T1\tORG 0 3\tIBM\n'
 */
export class AnnWriter {
  private readonly lines: string[] = [];
  private readonly counters = new Map<string, number>();
  private readonly reserved = new Set<string>();
  private readonly reusable = new Set<string>();

  constructor(private readonly tally: Tally) {}

  /** Ids lines kept as written hold: `next` never hands them out. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.reserved.add(id);
  }

  /** Ids the file a document was read from gave its annotations: reserved, and each handed back once by `own`. */
  reuse(ids: Iterable<string>): void {
    for (const id of ids) {
      this.reserved.add(id);
      this.reusable.add(id);
    }
  }

  /**
   * The id an annotation had in the file it was read from (`id`, when `reuse` named it and it has
   * this prefix, once), else a fresh one.
   * @example w.reuse(['T7']); w.own('T', 'T7') === 'T7' && w.own('T', 'T7') === 'T1'
   */
  own(prefix: string, id: string | undefined): string {
    if (id?.startsWith(prefix) === true && /^[0-9]/.test(id.slice(prefix.length)))
      if (this.reusable.delete(id)) return id;
    return this.next(prefix);
  }

  next(prefix: string): string {
    let n = this.counters.get(prefix) ?? 0;
    do n++;
    while (this.reserved.has(`${prefix}${n}`));
    this.counters.set(prefix, n);
    return `${prefix}${n}`;
  }

  /** How many lines are written so far. */
  get length(): number {
    return this.lines.length;
  }

  push(line: string): void {
    this.lines.push(line);
  }

  /** The ids of the lines written so far (what precedes each one's first tab). */
  ids(): Set<string> {
    return new Set(this.lines.map((line) => line.slice(0, line.indexOf('\t'))));
  }

  /**
   * The lines written, in the order of the file the document was read from (`order`, and its
   * lines written otherwise, `spaced`: see `restoreOrder`) when there is one, with the lines
   * `fixed` at places of that order (lines left out as invalid on import) among them.
   */
  content(
    order: readonly string[] = [],
    spaced: ReadonlyMap<number, string> = new Map(),
    fixed: readonly (readonly [number, string])[] = [],
  ): string {
    return restoreOrder(this.lines, order, spaced, fixed)
      .map((line) => `${line}\n`)
      .join('');
  }

  /** AnnotatorNotes on `target`, one `#` line per line of the note (a reader joins them back with line breaks). */
  note(target: string, note: string): void {
    for (const line of replaceLineBreaks(note.replaceAll('\r\n', '\n'), '\n').split('\n'))
      this.push(`${this.next('#')}\tAnnotatorNotes ${target}\t${line}`);
  }

  /** A type, label or name: brat separates these by spaces, so whitespace becomes `_`. */
  word(value: string, what: string): string {
    if (!/\s/u.test(value)) return value;
    this.tally.note(`${what} with whitespace written with _`);
    return value.replace(/\s/gu, '_');
  }

  /**
   * A type (label, relation, event, role, attribute name): brat's configuration knows a type
   * only in its storage form, letters A–Z, digits, `_` and `-` (its `normalize_to_storage_form`
   * turns every other character into `_`), so an annotation typed `Ort-Näme` is read by brat's
   * parser as it is but is "not a known type" to its `verify_annotations`. Renaming it would
   * lose the letter; it is written as it is (whitespace as `_`) and noted.
   */
  type(value: string, what: string): string {
    if (!/^[A-Za-z0-9_-]*$/u.test(value.replace(/\s/gu, '')))
      this.tally.note(
        `${what} with characters brat's configuration cannot declare (beyond A–Z, digits, _ and -): read by brat's parser, unknown to its verify_annotations`,
      );
    return this.word(value, what);
  }

  /** A text column or attribute value: a tab or line break becomes a space. */
  text(value: string, what: string): string {
    const clean = replaceLineBreaks(value, ' ');
    if (clean !== value) this.tally.note(`line break in ${what} written as a space`);
    return clean;
  }

  /** A value inside the data column, where a tab would end the column. */
  value(value: string, what: string): string {
    const clean = this.text(value, what);
    if (!clean.includes('\t')) return clean;
    this.tally.note(`tab in ${what} written as a space`);
    return clean.replaceAll('\t', ' ');
  }
}
