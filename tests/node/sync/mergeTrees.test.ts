import * as fs from 'node:fs';
import git from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { diffLayers } from '../../../src/node/store/layerEdit';
import { encodeJournalRecord } from '../../../src/node/store/journalRecords';
import { decodeLayerSnapshot, encodeLayerSnapshot } from '../../../src/node/store/layerSnapshot';
import { mergeTrees } from '../../../src/node/sync/mergeTrees';
import {
  defaultLabelSchema,
  defaultLabelStyles,
  emptyLayer,
  FORMAT_VERSION,
  type Layer,
  type Manifest,
  type Rejection,
  type Span,
} from '../../../src/shared/model';
import { spanRejection } from '../../../src/shared/review';
import { span } from '../../helpers/span';
import { tempDir } from '../../helpers/tempProject';

type TreeEntry = { mode: string; path: string; oid: string; type: 'blob' | 'tree' };

/** A commit holding exactly `files` (path → text), written through git's object API. */
async function commit(dir: string, files: Record<string, string>): Promise<string> {
  const write = async (prefix: string): Promise<string> => {
    const entries: TreeEntry[] = [];
    const folders = new Set<string>();
    for (const [path, text] of Object.entries(files)) {
      if (!path.startsWith(prefix)) continue;
      const [name, ...rest] = path.slice(prefix.length).split('/');
      if (rest.length > 0) folders.add(name as string);
      else {
        const oid = await git.writeBlob({ fs, dir, blob: new TextEncoder().encode(text) });
        entries.push({ mode: '100644', path: name as string, oid, type: 'blob' });
      }
    }
    for (const folder of folders)
      entries.push({
        mode: '040000',
        path: folder,
        oid: await write(`${prefix}${folder}/`),
        type: 'tree',
      });
    return git.writeTree({ fs, dir, tree: entries });
  };
  const author = {
    name: 'alice',
    email: 'a@example.org',
    timestamp: 1_700_000_000,
    timezoneOffset: 0,
  };
  return git.writeCommit({
    fs,
    dir,
    commit: { message: 'x\n', tree: await write(''), parent: [], author, committer: author },
  });
}

const SNAPSHOT = 'annotations/alice/d1.json';
const JOURNAL = 'annotations/alice/d1.journal.jsonl';
const base: Layer = {
  ...emptyLayer('d1', `sha256:${'0'.repeat(64)}`, 'alice'),
  spans: [span(0, 5, 'PERSON', 's1')],
};
const withSpans = (...spans: Span[]): Layer => ({ ...base, spans });

describe('mergeTrees', () => {
  it('merges a layer whose journal changed on one machine and snapshot on the other, losing neither', async () => {
    const dir = tempDir();
    await git.init({ fs, dir, defaultBranch: 'main' });
    const grown = withSpans(span(0, 5, 'PERSON', 's1'), span(10, 15, 'GPE', 's2'));
    const journal = encodeJournalRecord({ seq: 1, edit: diffLayers(base, grown, 100)! }).toString();
    const b = await commit(dir, { [SNAPSHOT]: encodeLayerSnapshot(base, 0) });
    // This machine: the edit still in the journal, as a plain `git commit -a` would take it.
    const ours = await commit(dir, {
      [SNAPSHOT]: encodeLayerSnapshot(base, 0),
      [JOURNAL]: journal,
    });
    // The other machine: compacted to a later sequence number, with another span.
    const other = withSpans(span(0, 5, 'PERSON', 's1'), span(20, 25, 'ORG', 's3'));
    const theirs = await commit(dir, { [SNAPSHOT]: encodeLayerSnapshot(other, 3) });
    const merge = await mergeTrees(
      dir,
      { base: b, ours, theirs },
      { ours: 'alice', theirs: 'alice' },
    );
    expect(merge.newConflicts).toEqual([]);
    const snapshot = merge.files.find((f) => f.path === SNAPSHOT)?.content;
    const layer = decodeLayerSnapshot(new TextDecoder().decode(snapshot ?? undefined), SNAPSHOT);
    expect(layer.layer.spans.map((s) => s.id).sort()).toEqual(['s1', 's2', 's3']);
    expect(layer.journalSeq).toBe(3);
    expect(merge.files.find((f) => f.path === JOURNAL)).toEqual({ path: JOURNAL, content: null });
  });

  it("unions two reviewers' rejections in gold: additions of both kept, a lifted one dropped", async () => {
    const dir = tempDir();
    await git.init({ fs, dir, defaultBranch: 'main' });
    const GOLD_FILE = 'annotations/gold/d1.json';
    const rejectedSpan = (annotator: string, id: string, start: number): Rejection =>
      spanRejection(annotator, span(start, start + 5, 'ORG', id));
    const gold = (...rejected: Rejection[]): Layer => ({
      ...emptyLayer('d1', base.textHash, 'gold'),
      rejected,
    });
    const [kept, lifted, mine, yours] = [
      rejectedSpan('amira', 'a1', 0),
      rejectedSpan('omar', 'b1', 10),
      rejectedSpan('amira', 'a2', 20),
      rejectedSpan('omar', 'b2', 30),
    ];
    const snapshotOf = async (layer: Layer) =>
      commit(dir, { [GOLD_FILE]: encodeLayerSnapshot(layer, 0) });
    const b = await snapshotOf(gold(kept, lifted));
    const ours = await snapshotOf(gold(kept, lifted, mine));
    // The other reviewer accepted what `lifted` rejected (lifting it) and rejected another span.
    const theirs = await snapshotOf(gold(kept, yours));
    const merge = await mergeTrees(dir, { base: b, ours, theirs }, { ours: 'lena', theirs: 'sam' });
    expect(merge.newConflicts).toEqual([]);
    const content = merge.files.find((f) => f.path === GOLD_FILE)?.content;
    const layer = decodeLayerSnapshot(new TextDecoder().decode(content ?? undefined), GOLD_FILE);
    expect(layer.layer.rejected?.map((r) => r.id).sort()).toEqual([
      'span:amira:a1',
      'span:amira:a2',
      'span:omar:b2',
    ]);
    // Both rejecting the same annotation alike is one record, no conflict.
    const both = await mergeTrees(
      dir,
      { base: b, ours, theirs: ours },
      { ours: 'lena', theirs: 'sam' },
    );
    expect(both.newConflicts).toEqual([]);
  });

  it("refuses a teammate's manifest Loupe cannot read before any file is written", async () => {
    const dir = tempDir();
    await git.init({ fs, dir, defaultBranch: 'main' });
    const b = await commit(dir, { 'loupe.json': JSON.stringify(manifest('team')) });
    for (const broken of ['null', '{"formatVersion": 1', JSON.stringify({ formatVersion: 1 })]) {
      const theirs = await commit(dir, { 'loupe.json': broken });
      await expect(
        mergeTrees(dir, { base: b, ours: b, theirs }, { ours: 'alice', theirs: 'bob' }),
      ).rejects.toMatchObject({
        code: 'invalid_request',
        message: expect.stringMatching(/^the shared history's loupe\.json.*nothing was changed/),
      });
    }
  });

  it('keeps ours, as a conflict, of a file both changed that is nested deeper than a merge walks', async () => {
    // An entity file: a manifest that deep is refused whole (see craftedHistory in tests/faults).
    const path = 'entities/e_1.json';
    const entity = (name: string) => ({
      formatVersion: FORMAT_VERSION,
      id: 'e_1',
      name,
      type: 'GPE',
      aliases: [],
    });
    const dir = tempDir();
    await git.init({ fs, dir, defaultBranch: 'main' });
    const b = await commit(dir, { [path]: JSON.stringify(entity('Iraq')) });
    const mine = JSON.stringify(entity('Republic of Iraq'));
    const ours = await commit(dir, { [path]: mine });
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const theirs = await commit(dir, {
      [path]: `${JSON.stringify(entity('Iraq')).slice(0, -1)},"deep":${deep}}`,
    });
    const merge = await mergeTrees(
      dir,
      { base: b, ours, theirs },
      { ours: 'alice', theirs: 'bob' },
    );
    const file = merge.files.find((f) => f.path === path);
    expect(new TextDecoder().decode(file?.content ?? undefined)).toBe(mine);
    expect(merge.newConflicts).toMatchObject([{ kind: 'file', subject: path }]);
  });
});

function manifest(name: string): Manifest {
  return {
    formatVersion: FORMAT_VERSION,
    name,
    schema: defaultLabelSchema(),
    styles: defaultLabelStyles(),
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}
