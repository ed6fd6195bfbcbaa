import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { ProjectFolder } from '../../../src/node/store';
import { projectWith } from '../../helpers/tempProject';

const TEXT = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad on Friday.';
const AT = '2026-01-02T03:04:05.000Z';

/**
 * Fields a newer Loupe (or a script, or a person) wrote that this Loupe does not model, at every
 * level of a layer file, each with a value whose keys are already in the order Loupe writes
 * (sorted), so its text must come back byte for byte.
 */
const KEPT = {
  top: '"zTop":{"list":[1,{"deep":"x"}],"off":false}',
  span: '"zSpan":{"colour":"#ffcc00","tags":["a","b"]}',
  relabelled: '"zRelabelled":[{"by":"rule-7"},null,2.5]',
  gone: '"zGone":"goes with its span"',
  fragment: '"zFragment":{"page":3}',
  provenance: '"zProvenance":"model-v9"',
  normalization: '"zNormalization":{"score":0.75}',
  relation: '"zRelation":{"weight":2}',
  stance: '"zStance":["quoted"]',
  holder: '"zHolder":true',
  event: '"zEvent":{"tense":"past"}',
  argument: '"zArgument":"agent"',
  equivalence: '"zEquivalence":{"source":"coref-2"}',
  dismissed: '"zDismissed":{"reason":"common word"}',
  metadata: '"zMetadata":{"batch":12}',
};
const field = (kept: string) => JSON.parse(`{${kept}}`) as Record<string, unknown>;

/** A version-2 snapshot as a newer Loupe of the same format would write it, unknown fields and all. */
function newerSnapshot(textHash: string): string {
  const spans = [
    {
      id: 'T1',
      label: 'PERSON',
      start: 0,
      end: 11,
      createdAt: AT,
      ...field(KEPT.relabelled),
      provenance: { annotator: 'model', spanId: 'm1', ...field(KEPT.provenance) },
    },
    {
      id: 'T2',
      label: 'PERSON',
      fragments: [
        { start: 16, end: 20, ...field(KEPT.fragment) },
        { start: 21, end: 32 },
      ],
      normalizations: [{ db: 'Wikidata', key: 'Q3253977', ...field(KEPT.normalization) }],
      createdAt: AT,
      ...field(KEPT.span),
    },
    { id: 'T3', label: 'GPE', start: 36, end: 43, createdAt: AT, ...field(KEPT.gone) },
    {
      id: 'T4',
      label: 'DATE',
      fragments: [{ start: 47, end: 53, ...field(KEPT.fragment) }],
      createdAt: AT,
    },
  ];
  const layer = {
    formatVersion: 2,
    documentId: 'a',
    annotator: 'tester',
    status: 'in_progress',
    textHash,
    documentLabels: {},
    metadata: { source: 'wire', ...field(KEPT.metadata) },
    dismissedNames: [{ start: 44, end: 46, ...field(KEPT.dismissed) }],
    ...field(KEPT.top),
    spans,
    relations: [{ id: 'R1', type: 'met', from: 'T1', to: 'T2', ...field(KEPT.relation) }],
    stances: [
      {
        id: 'st1',
        polarity: 'FAVOR',
        evidence: ['T1'],
        holder: { kind: 'span', spanId: 'T2', ...field(KEPT.holder) },
        author: 'tester',
        createdAt: AT,
        updatedAt: AT,
        ...field(KEPT.stance),
      },
    ],
    events: [
      {
        id: 'E1',
        type: 'Meet',
        trigger: 'T2',
        arguments: [{ role: 'Agent', ref: 'T1', ...field(KEPT.argument) }],
        ...field(KEPT.event),
      },
    ],
    equivalences: [{ type: 'Equiv', members: ['T1', 'T2'], ...field(KEPT.equivalence) }],
  };
  return `${JSON.stringify(layer, null, 2)}\n`;
}

/** Every text of `kept` on one of the file's lines, as written. */
function expectKept(text: string, kept: readonly string[]): void {
  const compact = text
    .split('\n')
    .map((line) => line.trim())
    .join('')
    .replaceAll('": ', '":');
  for (const part of kept) expect(compact).toContain(part);
}

/** A project whose document `a` has a layer of one span on disk, closed: its snapshot is there to edit by hand. */
async function closedLayer(): Promise<{ dir: string; snapshotPath: string }> {
  const { dir, workbench } = await projectWith({ 'a.txt': TEXT });
  await workbench.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 4 }] });
  await workbench.close();
  return { dir, snapshotPath: join(dir, 'annotations', 'tester', 'a.json') };
}

describe('fields Loupe does not know, in a layer file', () => {
  it('survive edits of other spans, a relabel, the journal folded into the snapshot and a reopen; a deleted span takes its own', async () => {
    const { dir, snapshotPath } = await closedLayer();
    const { textHash } = JSON.parse(readFileSync(snapshotPath, 'utf8')) as { textHash: string };
    writeFileSync(snapshotPath, newerSnapshot(textHash));

    const reopened = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    await reopened.openDocument({ documentId: 'a' });
    await reopened.addSpan({ documentId: 'a', label: 'ORG', fragments: [{ start: 5, end: 11 }] });
    await reopened.deleteSpan({ documentId: 'a', spanId: 'T3' });
    await reopened.updateSpan({ documentId: 'a', spanId: 'T1', label: 'ORG' });
    await reopened.dismissName({ documentId: 'a', start: 12, end: 15 });
    // The edits went to the journal; the snapshot is still the newer Loupe's.
    expect(existsSync(join(dir, 'annotations', 'tester', 'a.journal.jsonl'))).toBe(true);
    const replayed = await (await ProjectFolder.open(dir)).readLayer('a', 'tester');
    expect(replayed.spans.find((s) => s.id === 'T1')).toMatchObject({
      label: 'ORG',
      ...field(KEPT.relabelled),
    });
    await reopened.close();

    const written = readFileSync(snapshotPath, 'utf8');
    expect(existsSync(join(dir, 'annotations', 'tester', 'a.journal.jsonl'))).toBe(false);
    expectKept(written, [
      KEPT.top,
      KEPT.span,
      KEPT.relabelled,
      KEPT.fragment,
      KEPT.provenance,
      KEPT.normalization,
      KEPT.relation,
      KEPT.stance,
      KEPT.holder,
      KEPT.event,
      KEPT.argument,
      KEPT.equivalence,
      KEPT.dismissed,
      KEPT.metadata,
    ]);
    expect(written).not.toContain('zGone');
    // The span with one fragment that holds an unknown field keeps its fragment whole.
    expect(written).toContain(
      `{"id":"T4","label":"DATE","fragments":[{"start":47,"end":53,${KEPT.fragment}}]`,
    );

    const layer = await (await ProjectFolder.open(dir)).readLayer('a', 'tester');
    expect(layer.spans.map((s) => `${s.id} ${s.label}`).sort()).toEqual(
      expect.arrayContaining(['T1 ORG', 'T2 PERSON', 'T4 DATE']),
    );
    expect(layer.spans).toHaveLength(4);
    expect(layer.dismissedNames).toEqual([
      { start: 12, end: 15 },
      { start: 44, end: 46, ...field(KEPT.dismissed) },
    ]);
    // A second round trip changes nothing: what was kept is written the same way again.
    const again = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    await again.openDocument({ documentId: 'a' });
    await again.setStatus({ documentId: 'a', status: 'done' });
    await again.setStatus({ documentId: 'a', status: 'in_progress' });
    await again.close();
    const rewritten = readFileSync(snapshotPath, 'utf8');
    expect(rewritten.replace(/"(updatedAt|journalSeq)": [^\n]*\n/g, '')).toBe(
      written.replace(/"(updatedAt|journalSeq)": [^\n]*\n/g, ''),
    );
  });

  it('keeps a field named __proto__ as a field (never a prototype) through an edit, its journal and a rewrite, and keeps constructor and prototype fields', async () => {
    const { dir, snapshotPath } = await closedLayer();
    const text = readFileSync(snapshotPath, 'utf8');
    const line = /\{"id":"s_[^\n]*\}/.exec(text)?.[0] ?? '';
    const id = /"id":"(s_[^"]*)"/.exec(line)?.[1] ?? '';
    const hostile = line.replace(
      /^\{/,
      '{"__proto__":{"polluted":"yes","note":"inherited"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"kept",',
    );
    writeFileSync(
      snapshotPath,
      text.replace(line, hostile).replace(/^\{\n/, '{\n  "__proto__": {"top": 1},\n'),
    );

    const layer = await (await ProjectFolder.open(dir)).readLayer('a', 'tester');
    const span = layer.spans[0] as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(span)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(layer)).toBe(Object.prototype);
    expect(Object.hasOwn(span, '__proto__')).toBe(true);
    expect(span.note).toBeUndefined();
    expect(span.constructor).toEqual({ prototype: { polluted: 'yes' } });
    expect(span.prototype).toBe('kept');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // An edit of that span goes to the journal; a second reader replays it before compacting.
    const reopened = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    await reopened.openDocument({ documentId: 'a' });
    await reopened.updateSpan({ documentId: 'a', spanId: id, note: 'checked' });
    await reopened.addSpan({ documentId: 'a', label: 'GPE', fragments: [{ start: 36, end: 43 }] });
    const replayed = await (await ProjectFolder.open(dir)).readLayer('a', 'tester');
    const edited = replayed.spans.find((s) => s.id === id) as unknown as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(edited, '__proto__')?.value).toEqual({
      polluted: 'yes',
      note: 'inherited',
    });
    await reopened.close();
    const written = readFileSync(snapshotPath, 'utf8');
    const stored = JSON.parse(written) as { spans: Record<string, unknown>[] };
    expect(Object.getOwnPropertyDescriptor(stored, '__proto__')?.value).toEqual({ top: 1 });
    const storedSpan = stored.spans.find((s) => s.id === id) ?? {};
    expect(Object.getOwnPropertyDescriptor(storedSpan, '__proto__')?.value).toEqual({
      polluted: 'yes',
      note: 'inherited',
    });
    expect(storedSpan.note).toBe('checked');
    expect(written).toContain('"constructor":{"prototype":{"polluted":"yes"}}');
    expect(written).toContain('"prototype":"kept"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
