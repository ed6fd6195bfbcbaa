import { describe, expect, it } from 'vitest';
import { diffLayers } from '../../../src/node/store/layerEdit';
import { encodeJournalRecord } from '../../../src/node/store/journalRecords';
import { decodeLayerSnapshot, encodeLayerSnapshot } from '../../../src/node/store/layerSnapshot';
import { mergeLayerFiles, type LayerFileBytes } from '../../../src/node/store/mergeLayerFiles';
import { emptyLayer, type Layer, type Span } from '../../../src/shared/model';
import { span } from '../../helpers/span';

const bytes = (text: string) => new TextEncoder().encode(text);
const base: Layer = {
  ...emptyLayer('d1', `sha256:${'0'.repeat(64)}`, 'alice'),
  spans: [span(0, 5, 'PERSON', 's1')],
};
const withSpans = (...spans: Span[]): Layer => ({ ...base, spans });

/** A version as a machine holds it: a snapshot, and optionally a journal of later edits on top. */
function files(snapshot: Layer, journalSeq = 0, ...later: Layer[]): LayerFileBytes {
  const records: Uint8Array[] = [];
  let before = snapshot;
  later.forEach((after, i) => {
    const edit = diffLayers(before, after, 100);
    if (!edit) throw new Error('no edit');
    records.push(encodeJournalRecord({ seq: journalSeq + i + 1, edit }));
    before = after;
  });
  return {
    snapshot: bytes(encodeLayerSnapshot(snapshot, journalSeq)),
    journal: records.length ? Buffer.concat(records) : null,
  };
}

function result(merged: ReturnType<typeof mergeLayerFiles>) {
  const snapshot = merged.files.find((f) => f.path.endsWith('d1.json'))?.content;
  const decoded = decodeLayerSnapshot(new TextDecoder().decode(snapshot ?? undefined), 'd1.json');
  return {
    spans: decoded.layer.spans.map((s) => `${s.id} ${s.label} ${s.fragments[0]?.start}`).sort(),
    journalSeq: decoded.journalSeq,
    removed: merged.files.filter((f) => f.content === null).map((f) => f.path),
  };
}

describe('mergeLayerFiles', () => {
  it('unites a journal edit on one machine with a snapshot edit on the other, by span id', () => {
    const ours = files(base, 0, withSpans(span(0, 5, 'PERSON', 's1'), span(10, 15, 'GPE', 's2')));
    const theirs = files(withSpans(span(0, 5, 'PERSON', 's1'), span(20, 25, 'ORG', 's3')), 4);
    const merged = mergeLayerFiles('alice', 'd1', { base: files(base), ours, theirs });
    expect(merged.conflicts).toEqual([]);
    expect(result(merged)).toEqual({
      spans: ['s1 PERSON 0', 's2 GPE 10', 's3 ORG 20'],
      journalSeq: 4,
      removed: ['annotations/alice/d1.journal.jsonl'],
    });
  });

  it('applies a deletion on one machine and an addition on the other', () => {
    const ours = files(base, 0, withSpans());
    const theirs = files(
      base,
      0,
      withSpans(span(0, 5, 'PERSON', 's1')),
      withSpans(span(0, 5, 'PERSON', 's1'), span(7, 9, 'DATE', 's4')),
    );
    const merged = mergeLayerFiles('alice', 'd1', { base: files(base), ours, theirs });
    expect(result(merged).spans).toEqual(['s4 DATE 7']);
    expect(merged.conflicts).toEqual([]);
  });

  it('surfaces one span relabeled two ways as a conflict, keeping ours meanwhile', () => {
    const ours = files(base, 0, withSpans(span(0, 5, 'ORG', 's1')));
    const theirs = files(base, 0, withSpans(span(0, 5, 'GPE', 's1')));
    const merged = mergeLayerFiles('alice', 'd1', { base: files(base), ours, theirs });
    expect(result(merged).spans).toEqual(['s1 ORG 0']);
    expect(merged.conflicts).toMatchObject([
      { path: ['spans', 's1', 'label'], base: 'PERSON', ours: 'ORG', theirs: 'GPE' },
    ]);
  });

  describe('fields Loupe does not know', () => {
    /** A span with a field a newer Loupe wrote (the app's type does not name it). */
    const withField = (s: Span, value: unknown): Span => ({ ...s, zKept: value }) as Span;
    const s1 = span(0, 5, 'PERSON', 's1');
    const kept = withSpans(withField(s1, { by: 'rule-7', tags: ['a'] }));
    const snapshotText = (merged: ReturnType<typeof mergeLayerFiles>) =>
      new TextDecoder().decode(
        merged.files.find((f) => f.path.endsWith('d1.json'))?.content ?? undefined,
      );

    it("keeps a span's unknown field when the teammate's side edited another span", () => {
      const ours = files(
        kept,
        0,
        withSpans(withField(s1, { by: 'rule-7', tags: ['a'] }), span(10, 15, 'GPE', 's2')),
      );
      const theirs = files(
        withSpans(withField(s1, { by: 'rule-7', tags: ['a'] }), span(20, 25, 'ORG', 's3')),
        2,
      );
      const merged = mergeLayerFiles('alice', 'd1', { base: files(kept), ours, theirs });
      expect(merged.conflicts).toEqual([]);
      expect(result(merged).spans).toEqual(['s1 PERSON 0', 's2 GPE 10', 's3 ORG 20']);
      expect(snapshotText(merged)).toContain(
        '{"id":"s1","label":"PERSON","start":0,"end":5,"author":"tester","createdAt":"2026-01-01T00:00:00.000Z","zKept":{"by":"rule-7","tags":["a"]}}',
      );
    });

    it('takes a change of an unknown field made on one side only', () => {
      const theirs = files(withSpans(withField(s1, 'changed there')), 1);
      const merged = mergeLayerFiles('alice', 'd1', {
        base: files(kept),
        ours: files(kept),
        theirs,
      });
      expect(merged.conflicts).toEqual([]);
      expect(snapshotText(merged)).toContain('"zKept":"changed there"}');
    });

    it('keeps ours and reports a conflict when both sides changed the same unknown field', () => {
      const ours = files(kept, 0, withSpans(withField(s1, 'ours')));
      const theirs = files(withSpans(withField(s1, 'theirs')), 1);
      const merged = mergeLayerFiles('alice', 'd1', { base: files(kept), ours, theirs });
      expect(merged.conflicts).toEqual([
        {
          path: ['spans', 's1', 'zKept'],
          base: { by: 'rule-7', tags: ['a'] },
          ours: 'ours',
          theirs: 'theirs',
        },
      ]);
      expect(snapshotText(merged)).toContain('"zKept":"ours"}');
    });
  });
});
