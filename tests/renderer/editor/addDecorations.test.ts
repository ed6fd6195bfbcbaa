import fc from 'fast-check';
import { Schema, type Node as PmNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { addDecorations } from '../../../src/renderer/src/editor/addDecorations';

const schema = new Schema({
  nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
});

/** A document of paragraphs of these lengths (0: an empty paragraph). */
function docOf(lengths: readonly number[]): PmNode {
  return schema.node(
    'doc',
    null,
    lengths.map((n) => schema.node('paragraph', null, n ? [schema.text('a'.repeat(n))] : [])),
  );
}

/** Where each paragraph's text starts and ends, in document positions. */
function textRanges(doc: PmNode): [number, number][] {
  const ranges: [number, number][] = [];
  doc.forEach((node, offset) => ranges.push([offset + 1, offset + 1 + node.content.size]));
  return ranges;
}

/** Inline decorations from picks of (paragraph, start, length); some cross into later paragraphs. */
function decorationsOf(doc: PmNode, picks: readonly [number, number, number][]): Decoration[] {
  const ranges = textRanges(doc);
  const end = doc.content.size - 1;
  return picks.flatMap(([p, s, n], i) => {
    const [from, to] = ranges[p % ranges.length] ?? [1, 1];
    const start = Math.min(from + (s % Math.max(1, to - from)), end);
    const stop = Math.min(start + 1 + n, end);
    if (stop <= start) return [];
    return [Decoration.inline(start, stop, { class: `d${i % 7}` }, { id: i })];
  });
}

function described(decorations: readonly Decoration[]): string[] {
  return decorations.map((d) => `${d.from}-${d.to}:${(d.spec as { id: number }).id}`);
}

/** What a set holds, as a reader of it sees it: every decoration with its range and id, in order. */
function contents(set: DecorationSet): string[] {
  return described(set.find());
}

/** What the view draws in each paragraph: the decorations the set gives that child, as the view asks. */
function perParagraph(set: DecorationSet, doc: PmNode): string[] {
  const out: string[] = [];
  doc.forEach((child, offset) => {
    const found: Decoration[] = [];
    set.forChild(offset, child).forEachSet((s) => found.push(...s.find()));
    if (found.length) out.push(`${offset}: ${described(found).join(' ')}`);
  });
  return out;
}

const paragraphs = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })), {
  minLength: 1,
  maxLength: 400,
});
const picks = (count: number) =>
  fc.array(fc.tuple(fc.nat(1000), fc.nat(80), fc.oneof(fc.nat(12), fc.nat(150))), {
    minLength: count,
    maxLength: count,
  });

describe('addDecorations', () => {
  it('builds the set ProseMirror’s own add builds, from an empty set and onto one (property)', () => {
    fc.assert(
      fc.property(paragraphs, picks(2600), picks(1400), (lengths, first, second) => {
        const doc = docOf(lengths);
        const a = decorationsOf(doc, first);
        const b = decorationsOf(doc, second);
        const expectedFirst = DecorationSet.empty.add(doc, [...a]);
        const actualFirst = addDecorations(DecorationSet.empty, doc, a);
        expect(contents(actualFirst)).toEqual(contents(expectedFirst));
        expect(perParagraph(actualFirst, doc)).toEqual(perParagraph(expectedFirst, doc));
        const expected = expectedFirst.add(doc, [...b]);
        const actual = addDecorations(actualFirst, doc, b);
        expect(contents(actual)).toEqual(contents(expected));
        expect(perParagraph(actual, doc)).toEqual(perParagraph(expected, doc));
      }),
      { numRuns: 25 },
    );
  });

  it('adds decorations given out of order, and leaves the set alone for none', () => {
    const doc = docOf([5, 0, 8, 3]);
    const decorations = decorationsOf(
      doc,
      Array.from({ length: 1500 }, (_, i): [number, number, number] => [3 - (i % 4), i, i % 5]),
    );
    const expected = DecorationSet.empty.add(doc, [...decorations]);
    const actual = addDecorations(DecorationSet.empty, doc, decorations);
    expect(contents(actual)).toEqual(contents(expected));
    expect(perParagraph(actual, doc)).toEqual(perParagraph(expected, doc));
    expect(addDecorations(expected, doc, [])).toBe(expected);
  });
});
