import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectVocabulary, readBrat } from '../../../../src/shared/formats';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';

const NEWS = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'news', 'annotation.conf');

describe("brat's annotation.conf", () => {
  it.skipIf(!existsSync(NEWS))(
    "gives the schema the entity and relation types and attributes brat's news collection declares",
    () => {
      const conf = { path: 'news/annotation.conf', content: readFileSync(NEWS, 'utf8') };
      const bundle = readBrat([conf, { path: 'news/a.txt', content: 'Nothing here.' }]);
      // Read by hand from the file: [entities], [relations] (not <OVERLAP>), [attributes];
      // [events] (Be-born, …, !Life, macros) are Loupe's to leave.
      expect(bundle.declared).toEqual({
        labels: ['Person', 'Organization', 'GPE', 'Money'],
        relationTypes: [
          'Located',
          'Geographical_part',
          'Family',
          'Employment',
          'Ownership',
          'Origin',
          'Alias',
        ],
        attributes: {
          Individual: [],
          Mention: ['Name', 'Nominal', 'Other'],
          Negation: [],
          Confidence: ['High', 'Neutral', 'Low'],
        },
      });
      const vocabulary = collectVocabulary(bundle);
      expect(vocabulary.labels).toEqual(['GPE', 'Money', 'Organization', 'Person']);
      expect(vocabulary.relationTypes).toContain('Alias');
      expect(vocabulary.attributes).toMatchObject({
        Individual: [],
        Confidence: ['High', 'Low', 'Neutral'],
      });
    },
  );

  it('leaves out hierarchy-only types, macros and other .conf files, and joins several folders’ files', () => {
    const bundle = readBrat([
      {
        path: 'a/annotation.conf',
        content:
          '[entities]\n!Abstract\n\tPerson\n<X>=Person\n[relations]\n<OVERLAP> Arg1:Person, Arg2:Person, <OVL-TYPE>:contain\nKnows Arg1:Person, Arg2:Person\n',
      },
      {
        path: 'b/annotation.conf',
        content:
          '# another folder\n[entities]\nPerson\nPlace\n[attributes]\nCertain\tArg:<ENTITY>, Value:Yes|No\n',
      },
      { path: 'a/visual.conf', content: '[labels]\nPerson | Person | Per\n' },
      { path: 'a/x.txt', content: 'Ann.' },
    ]);
    expect(bundle.declared).toEqual({
      labels: ['Person', 'Place'],
      relationTypes: ['Knows'],
      attributes: { Certain: ['Yes', 'No'] },
    });
    expect(bundle.warnings).toEqual([]);
  });
});

describe('annotation.conf from a damaged or hostile file', () => {
  it('takes no name a schema could not hold and says what it left out', () => {
    const long = 'x'.repeat(201);
    const many = Array.from({ length: 1005 }, (_, i) => `T${i}`).join('\n');
    const bundle = readBrat([
      { path: 'annotation.conf', content: `[entities]\n${long}\n${many}\n` },
      { path: 'x.txt', content: 'x' },
    ]);
    expect(bundle.declared?.labels).toHaveLength(1000);
    expect(bundle.declared?.labels).not.toContain(long);
    expect(bundle.warnings).toEqual([
      'annotation.conf: 6 declared names longer than 200 characters or past the first 1000 of a section left out of the schema',
    ]);
  });
});
