import fc from 'fast-check';
import { Schema, type Node as PmNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet, type DecorationSource } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { IndexedDecorations } from '../../../src/renderer/src/editor/indexedDecorations';

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

/** Inline decorations from picks of (start, length) over the whole document; some cross paragraphs. */
function decorationsOf(doc: PmNode, picks: readonly [number, number][], first = 0): Decoration[] {
  const size = doc.content.size;
  return picks.flatMap(([s, n], i) => {
    const from = s % size;
    const to = Math.min(from + 1 + n, size);
    const id = first + i;
    return from < to ? [Decoration.inline(from, to, { class: `d${id % 7}` }, { id })] : [];
  });
}

function idOf(spec: unknown): number {
  return (spec as { id: number }).id;
}

/** What a source gives one child, as the view reads it (its internal `locals`): each decoration's range and id, in order. */
function described(source: DecorationSource, child: PmNode): string[] {
  const { locals } = source as DecorationSource & { locals(node: PmNode): readonly Decoration[] };
  return locals.call(source, child).map((d) => `${d.from}-${d.to}:${idOf(d.spec)}`);
}

/** What the view draws in each paragraph: the decorations the source gives that child. */
function perParagraph(source: DecorationSource, doc: PmNode): string[][] {
  const out: string[][] = [];
  doc.forEach((child, offset) => out.push(described(source.forChild(offset, child), child)));
  return out;
}

const paragraphs = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })), {
  minLength: 1,
  maxLength: 120,
});
const picks = fc.array(fc.tuple(fc.nat(5000), fc.oneof(fc.nat(10), fc.nat(120))), {
  maxLength: 300,
});
/** An edit: decorations removed (ids picked modulo those in the set) and others added. */
const edits = fc.array(fc.tuple(fc.array(fc.nat(1000), { maxLength: 8 }), picks), {
  maxLength: 4,
});

describe('IndexedDecorations', () => {
  it('gives each paragraph the decorations ProseMirror’s DecorationSet gives it, through edits (property)', () => {
    fc.assert(
      fc.property(paragraphs, picks, edits, (lengths, first, steps) => {
        const doc = docOf(lengths);
        const initial = decorationsOf(doc, first);
        let expected = DecorationSet.create(doc, [...initial]);
        let actual = IndexedDecorations.empty.add(doc, initial);
        expect(perParagraph(actual, doc)).toEqual(perParagraph(expected, doc));
        let next = first.length;
        for (const [removed, added] of steps) {
          const ids = new Set(removed.map((r) => r % Math.max(1, next)));
          const gone = (spec: unknown): boolean => ids.has(idOf(spec));
          expected = expected.remove(expected.find(undefined, undefined, gone));
          actual = actual.remove(actual.find(undefined, undefined, gone));
          const more = decorationsOf(doc, added, next);
          next += added.length;
          expected = expected.add(doc, [...more]);
          actual = actual.add(doc, more);
          expect(perParagraph(actual, doc)).toEqual(perParagraph(expected, doc));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the sets of paragraphs an edit leaves alone, and finds no decorations for the document node', () => {
    const doc = docOf([10, 10, 10]);
    const set = IndexedDecorations.empty.add(
      doc,
      decorationsOf(doc, [
        [2, 3],
        [14, 2],
        [27, 2],
      ]),
    );
    const [first, second] = [doc.child(0), doc.child(1)];
    const edited = set.remove(set.find(14, 16));
    expect(edited.forChild(0, first)).toBe(set.forChild(0, first));
    expect(edited.forChild(12, second)).toBe(DecorationSet.empty);
    expect(edited.eq(set)).toBe(false);
    expect(set.eq(set.remove([]))).toBe(true);
    expect(set.locals()).toEqual([]);
    expect(set.size).toBe(3);
  });

  it('adds in steps to the same set as at once', () => {
    const doc = docOf([30, 0, 30, 30]);
    const decorations = decorationsOf(
      doc,
      Array.from({ length: 50 }, (_, i): [number, number] => [i * 2, i % 5]),
    );
    const steps = IndexedDecorations.empty.addSteps(doc, decorations, 7);
    let step = steps.next();
    let yielded = 0;
    for (; !step.done; step = steps.next()) yielded++;
    expect(yielded).toBe(7);
    expect(perParagraph(step.value, doc)).toEqual(
      perParagraph(DecorationSet.create(doc, [...decorations]), doc),
    );
  });
});
