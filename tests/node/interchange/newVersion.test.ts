import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/node';
import { emptyLayer, type Layer } from '../../../src/shared/model';
import { span } from '../../helpers/span';
import { at, folderWith, into, seedProject, seedText } from './build';

const SEED_002 = '002_70f1dc10c1ed88b3';
const VERSION_3_LEAD =
  "BEIRUT In a phone call with U.S. Secretary of State Mike Pompeo, Iraqi Prime Minister Adel Abdul Mahdi asked the United States to send a delegation to Iraq to set up a mechanism for U.S. troop withdrawal from the country, a statement from the prime minister's office said Friday. ";

describe('importing a new version of a document', () => {
  // Seed 002 shows versions 3 and 4 of one Washington Post article side by side; the
  // later page drops version 3's lead paragraph, as a changed article would.
  it('adds the changed text as a new document and carries every annotator’s spans and stances over', async () => {
    const { store } = await seedProject();
    const before = seedText('002');
    const after = before.replace(VERSION_3_LEAD, '');
    const meta = store.getDocument(SEED_002);
    const lead = at(before, 'BEIRUT');
    const pompeo = at(
      before,
      'Mike Pompeo',
      before.indexOf(VERSION_3_LEAD) + VERSION_3_LEAD.length,
    );
    const ortagus = at(before, 'Morgan Ortagus');
    const layer: Layer = {
      ...emptyLayer(SEED_002, meta.textHash, 'amira'),
      status: 'done',
      spans: [
        span(...lead, 'GPE', 's_lead'),
        span(...pompeo, 'PERSON', 's_pompeo'),
        span(...ortagus, 'PERSON', 's_ortagus'),
      ],
      stances: [
        {
          id: 'st_1',
          holder: { kind: 'span', spanId: 's_ortagus' },
          polarity: 'AGAINST',
          evidence: ['s_pompeo'],
          author: 'amira',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
        {
          id: 'st_2',
          polarity: 'FAVOR',
          evidence: ['s_lead'],
          author: 'amira',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    };
    await store.readLayer(SEED_002, 'amira');
    await store.commit({ layers: [{ layer }] });

    const summary = await importPaths(
      store,
      [folderWith({ [`${SEED_002}.txt`]: after })],
      into('amira'),
    );

    const [version] = summary.newVersions;
    expect(summary.documents[0]).toMatchObject({ outcome: 'new_version' });
    expect(version).toMatchObject({
      name: `${SEED_002}.txt`,
      previousId: SEED_002,
      carriedSpans: 2,
      carriedStances: 1,
    });
    expect(version?.unplaced).toEqual([
      { annotator: 'amira', kind: 'span', id: 's_lead', label: 'GPE', text: 'BEIRUT' },
      { annotator: 'amira', kind: 'stance', id: 'st_2', label: 'FAVOR', text: 'BEIRUT' },
    ]);
    expect(store.listDocuments()).toHaveLength(6);
    expect(await store.readText(SEED_002)).toBe(before);
    const carried = await store.readLayer(version?.documentId ?? '', 'amira');
    const textOf = (id: string) => {
      const f = carried.spans.find((s) => s.id === id)?.fragments[0];
      return [...after].slice(f?.start, f?.end).join('');
    };
    expect(textOf('s_pompeo')).toBe('Mike Pompeo');
    expect(textOf('s_ortagus')).toBe('Morgan Ortagus');
    expect(carried.spans.find((s) => s.id === 's_pompeo')?.fragments[0]?.start).toBe(
      pompeo[0] - [...VERSION_3_LEAD].length,
    );
    expect(carried.stances).toEqual([
      expect.objectContaining({
        id: 'st_1',
        holder: { kind: 'span', spanId: 's_ortagus' },
        evidence: ['s_pompeo'],
      }),
    ]);
    expect(carried.status).toBe('in_progress');
  });
});
