import type { Token } from '../text';
import {
  decodeSpans,
  encodeSpans,
  LabelTags,
  type CodePointSpan,
  type TagScheme,
  type TokenSpan,
} from './bioTags';

/** Tags per label: B(egin), I(nside), L(ast), U(nit). */
const PER_LABEL = 4;

/**
 * The BILOU tag inventory of a label set: tag 0 is O, label k (sorted) has B = 1 + 4k,
 * I = 2 + 4k, L = 3 + 4k, U = 4 + 4k. A span of one token is U, a longer one B I… L, so the
 * model learns where spans end as well as where they begin (Ratinov & Roth 2009).
 * @example new BilouTags(['LOC', 'PER']).name(8) → 'U-PER'
 */
export class BilouTags extends LabelTags implements TagScheme {
  constructor(labels: Iterable<string>) {
    super(labels, PER_LABEL);
  }

  /** 0 B, 1 I, 2 L, 3 U; -1 for O. */
  private part(tag: number): number {
    return tag === 0 ? -1 : (tag - 1) % PER_LABEL;
  }

  name(tag: number): string {
    const label = this.labelOf(tag);
    return label === undefined ? 'O' : `${'BILU'[this.part(tag)] ?? '?'}-${label}`;
  }

  /** I and L continue an open B or I of their label; B, U and O may not follow an open one. */
  allowed(previous: number, next: number): boolean {
    const open = previous >= 0 && (this.part(previous) === 0 || this.part(previous) === 1);
    const continues = this.part(next) === 1 || this.part(next) === 2;
    if (continues) return open && this.labelOf(previous) === this.labelOf(next);
    return !open;
  }

  canEnd(tag: number): boolean {
    return this.part(tag) !== 0 && this.part(tag) !== 1;
  }

  continues(tag: number): boolean {
    return this.part(tag) === 1 || this.part(tag) === 2;
  }

  closes(tag: number): boolean {
    return this.part(tag) === 2 || this.part(tag) === 3;
  }

  spanPath(begin: number, length: number): number[] {
    if (length <= 1) return [begin + 3];
    return Array.from({ length }, (_, i) =>
      i === 0 ? begin : i === length - 1 ? begin + 2 : begin + 1,
    );
  }

  /** Tags of a token sequence from spans in code points (as {@link BioTags.encode}). */
  encode(tokens: readonly Token[], spans: readonly CodePointSpan[]): Int32Array {
    return encodeSpans(this, tokens, spans);
  }

  /** The spans a tag sequence spells; an I or L after something else starts a span, a B or I before something else ends one. */
  decode(tags: ArrayLike<number>): TokenSpan[] {
    return decodeSpans(this, tags);
  }
}
