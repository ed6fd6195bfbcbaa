import fc from 'fast-check';
import type { Entity, Holder, Target } from '../../../src/shared/model';
import { itemAt } from '../../../src/shared/collections';
import { codePointLength, fragmentOf, type Fragment } from '../../../src/shared/spans';
import type {
  FormatBundle,
  FormatDocument,
  FormatRelation,
  FormatSpan,
  FormatStance,
} from '../../../src/shared/formats';

/** Pieces that make offsets hard: emoji (astral, ZWJ, flags), combining marks, CRLF, RTL, tabs. */
const PIECES = [
  'Mike',
  'Pompeo',
  ' ',
  ' ',
  '.',
  ',',
  'Iraq',
  '😀',
  '👩‍👩‍👧',
  '🇮🇶',
  'e\u0301',
  'é',
  'Ünïcödé',
  'مرحبا',
  'بكم',
  'عادل عبد المهدي',
  '\u200f',
  'שלום',
  '\r\n',
  '\n',
  '\t',
  '  ',
  '"',
  '\\',
  'ﷺ',
];

/** Names Object.prototype holds among them: a plain object keyed by label must not answer them. */
export const LABELS = [
  'PERSON',
  'ORG',
  'GPE',
  'Stance',
  'Ärger',
  'LABEL_1',
  'constructor',
  '__proto__',
];
export const ENTITIES: Entity[] = [
  { id: 'e_pompeo', name: 'Mike Pompeo', type: 'PERSON', aliases: [], kbId: 'Q473239' },
  { id: 'e_iraq', name: 'Iraq', type: 'GPE', aliases: [] },
  { id: 'e.umls', name: 'Säure 😀', type: 'MISC', aliases: [], kbId: 'UMLS:C0001' },
  { id: 'e-lex', name: 'عادل', type: 'PERSON', aliases: [], kbId: 'Wikidata:L1' },
];

/** What the generated documents may hold, per format. */
export interface Capabilities {
  readonly discontinuous?: boolean;
  readonly entityLinks?: boolean;
  readonly attributes?: 'brat' | 'text' | 'any';
  readonly notes?: boolean;
  readonly relations?: boolean;
  readonly relationNotes?: boolean;
  readonly stances?: boolean;
  readonly documentLabels?: boolean;
}

const text = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 })
  .map((p) => p.join(''));
const note = fc.constantFrom('checked', 'مراجعة', '😀 ok', 'tab\there', 'e\u0301', ' spaced ');

function fragments(length: number, max: number): fc.Arbitrary<Fragment[]> {
  const most = Math.max(1, Math.min(max, Math.floor((length + 1) / 2)));
  return fc.integer({ min: 1, max: most }).chain((k) =>
    fc
      .uniqueArray(fc.integer({ min: 0, max: length }), { minLength: 2 * k, maxLength: 2 * k })
      .map((points) => {
        const sorted = [...points].sort((a, b) => a - b);
        return Array.from({ length: k }, (_, i) =>
          fragmentOf(itemAt(sorted, 2 * i), itemAt(sorted, 2 * i + 1)),
        );
      }),
  );
}

function attributes(kind: Capabilities['attributes']): fc.Arbitrary<FormatSpan['attributes']> {
  if (!kind) return fc.constant(undefined);
  const values: fc.Arbitrary<string | number | boolean> =
    kind === 'text'
      ? fc.constantFrom('High', 'low value', 'مؤكد')
      : kind === 'brat'
        ? fc.constantFrom<string | boolean>(true, 'High', 'low value', 'مؤكد')
        : fc.constantFrom<string | number | boolean>(true, false, 3, 'High');
  return fc.option(
    fc.dictionary(fc.constantFrom('Negated', 'Confidence', 'Kind', 'toString'), values, {
      minKeys: 1,
    }),
    { nil: undefined },
  );
}

function optional<T>(
  enabled: boolean | undefined,
  arb: fc.Arbitrary<T>,
): fc.Arbitrary<T | undefined> {
  return enabled ? fc.option(arb, { nil: undefined }) : fc.constant(undefined);
}

function spanArb(length: number, caps: Capabilities): fc.Arbitrary<Omit<FormatSpan, 'id'>> {
  return fc
    .record({
      fragments: fragments(length, caps.discontinuous ? 3 : 1),
      label: fc.constantFrom(...LABELS),
      entityId: optional(caps.entityLinks, fc.constantFrom(...ENTITIES.map((e) => e.id))),
      attributes: attributes(caps.attributes),
      note: optional(caps.notes, note),
    })
    .map(defined);
}

function stanceArb(ids: readonly string[], caps: Capabilities): fc.Arbitrary<FormatStance> {
  const entityIds = ENTITIES.map((e) => e.id);
  const holder: fc.Arbitrary<Holder | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...ids).map((spanId) => ({ kind: 'span' as const, spanId })),
    fc.constantFrom(...entityIds).map((entityId) => ({ kind: 'entity' as const, entityId })),
  );
  const target: fc.Arbitrary<Target | undefined> = fc.oneof(
    holder,
    fc
      .constantFrom('us-troop-presence', 'troop-withdrawal')
      .map((topicId) => ({ kind: 'topic' as const, topicId })),
  );
  return fc
    .record({
      id: fc.constant(undefined),
      holder,
      target,
      polarity: fc.constantFrom('FAVOR', 'AGAINST', 'NONE', 'STRONGLY AGAINST'),
      evidence: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 2 }),
      note: optional(caps.notes, note),
    })
    .map(defined);
}

function documentArb(name: string, caps: Capabilities): fc.Arbitrary<FormatDocument> {
  return text.chain((t) => {
    const length = codePointLength(t);
    return fc.array(spanArb(length, caps), { maxLength: 8 }).chain((raw) => {
      const spans: FormatSpan[] = raw.map((s, i) => ({ id: `s${i + 1}`, ...s }));
      const ids = spans.map((s) => s.id as string);
      const relations: fc.Arbitrary<FormatRelation[]> =
        caps.relations && ids.length > 0
          ? fc.array(
              fc
                .record({
                  type: fc.constantFrom('Located_in', 'Employer'),
                  from: fc.constantFrom(...ids),
                  to: fc.constantFrom(...ids),
                  note: optional(caps.relationNotes, note),
                })
                .map(defined),
              { maxLength: 3 },
            )
          : fc.constant([]);
      const stances: fc.Arbitrary<FormatStance[]> =
        caps.stances && ids.length > 0
          ? fc.array(stanceArb(ids, caps), { maxLength: 3 })
          : fc.constant([]);
      const documentLabels: fc.Arbitrary<Record<string, string>> = caps.documentLabels
        ? fc.dictionary(
            fc.constantFrom('source type', 'overall stance', 'valueOf'),
            fc.constantFrom('newspaper', 'FAVOR', 'مختلط'),
          )
        : fc.constant({});
      return fc.record({ relations, stances, documentLabels }).map((rest) => ({
        name,
        text: t,
        spans,
        ...rest,
        entities: ENTITIES.filter(
          (e) =>
            spans.some((s) => s.entityId === e.id) || rest.stances.some((s) => mentions(s, e.id)),
        ),
      }));
    });
  });
}

/** Bundles of 1–3 documents named doc-1, doc-2, … */
export function bundleArb(caps: Capabilities): fc.Arbitrary<FormatBundle> {
  return fc.integer({ min: 1, max: 3 }).chain((n) =>
    fc
      .tuple(...Array.from({ length: n }, (_, i) => documentArb(`doc-${i + 1}`, caps)))
      .map((documents) => ({
        documents,
        entities: ENTITIES,
        labels: [...new Set(documents.flatMap((d) => d.spans.map((s) => s.label)))].sort(),
        warnings: [],
      })),
  );
}

function mentions(s: FormatStance, entityId: string): boolean {
  return [s.holder, s.target].some((r) => r?.kind === 'entity' && r.entityId === entityId);
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
