import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectVocabulary, readBrat, writeBrat } from '../../../../src/shared/formats';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';

const NEWS = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'news', 'annotation.conf');

describe("brat's annotation.conf", () => {
  it.skipIf(!existsSync(NEWS))(
    "gives the schema the entity and relation types and attributes brat's news collection declares",
    () => {
      const conf = { path: 'news/annotation.conf', content: readFileSync(NEWS, 'utf8') };
      const bundle = readBrat([conf, { path: 'news/a.txt', content: 'Nothing here.' }]);
      // Read by hand from the file: [entities], [relations] (not <OVERLAP>), [attributes], and
      // [events] without the hierarchy-only !Life, !Transaction, !Business, <POG> spelled out.
      const pog = ['Person', 'Organization', 'GPE'];
      const arg = (role: string, types: string[], count?: string) => ({
        role,
        types,
        ...(count ? { count } : {}),
      });
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
        eventTypes: [
          {
            name: 'Be-born',
            arguments: [arg('Person-Arg', ['Person']), arg('Place-Arg', ['GPE'], '?')],
          },
          {
            name: 'Marry',
            arguments: [arg('Person-Arg', ['Person'], '{2}'), arg('Place-Arg', ['GPE'], '?')],
          },
          {
            name: 'Divorce',
            arguments: [arg('Person-Arg', ['Person'], '{2}'), arg('Place-Arg', ['GPE'], '?')],
          },
          {
            name: 'Die',
            arguments: [
              arg('Person-Arg', ['Person']),
              arg('Agent-Arg', pog, '?'),
              arg('Place-Arg', ['GPE'], '?'),
            ],
          },
          {
            name: 'Transfer-ownership',
            arguments: [
              arg('Buyer-Arg', pog),
              arg('Seller-Arg', pog),
              arg('Artifact-Arg', ['Organization']),
            ],
          },
          {
            name: 'Transfer-money',
            arguments: [
              arg('Giver-Arg', pog),
              arg('Recipient-Arg', pog),
              arg('Beneficiary-Arg', pog),
              arg('Money-Arg', ['Money']),
            ],
          },
          {
            name: 'Start-org',
            arguments: [arg('Agent-Arg', pog, '?'), arg('Org-Arg', ['Organization'])],
          },
          { name: 'Merge-org', arguments: [arg('Org-Arg', ['Organization'], '+')] },
          { name: 'End-org', arguments: [arg('Org-Arg', ['Organization'])] },
          { name: 'Report', arguments: [arg('Reporter-Arg', pog), arg('Event-Arg', ['<EVENT>'])] },
        ],
      });
      const vocabulary = collectVocabulary(bundle);
      // Event types are labels too: an event's trigger span is labelled with its type.
      expect(vocabulary.labels).toEqual([
        'Be-born',
        'Die',
        'Divorce',
        'End-org',
        'GPE',
        'Marry',
        'Merge-org',
        'Money',
        'Organization',
        'Person',
        'Report',
        'Start-org',
        'Transfer-money',
        'Transfer-ownership',
      ]);
      expect(vocabulary.eventTypes).toHaveLength(10);
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

  it('joins attributes named like Object.prototype members (constructor, __proto__, toString)', () => {
    const conf = (path: string, values: string) => ({
      path,
      content: `[entities]\nPerson\n[attributes]\n${['constructor', '__proto__', 'toString'].map((name) => `${name}\tArg:<ENTITY>, Value:${values}`).join('\n')}\n`,
    });
    const bundle = readBrat([
      conf('a/annotation.conf', 'Yes|No'),
      conf('b/annotation.conf', 'No|Maybe'),
      { path: 'a/x.txt', content: 'Ann.' },
    ]);
    const joined = ['Yes', 'No', 'Maybe'];
    expect(Object.entries(bundle.declared?.attributes ?? {})).toEqual([
      ['constructor', joined],
      ['__proto__', joined],
      ['toString', joined],
    ]);
  });
});

describe('annotation.conf written', () => {
  it('declares event types the schema holds that no document uses, as brat’s grammar has them', () => {
    const bundle = readBrat([
      {
        path: 'annotation.conf',
        content: [
          '[entities]',
          'Protein',
          '[events]',
          '<REG>=<EVENT>|Protein',
          'Binding Theme+:Protein',
          '-',
          'Regulation Theme:<REG>, Cause?:<REG>',
          '!Abstract',
          '',
        ].join('\n'),
      },
      { path: 'a.txt', content: 'IL-2 binds.' },
      {
        path: 'a.ann',
        content: 'T1\tProtein 0 4\tIL-2\nT2\tBinding 5 10\tbinds\nE1\tBinding:T2 Theme:T1\n',
      },
    ]);
    const conf = writeBrat(bundle, { eventTypes: bundle.declared?.eventTypes ?? [] }).files.find(
      (f) => f.path === 'annotation.conf',
    )?.content;
    const events = conf?.split('[events]\n')[1]?.split('\n\n')[0];
    // Binding as used (roles by how often they occur), Regulation as declared.
    expect(events).toBe(
      'Binding\tTheme?:Protein\nRegulation\tTheme:<EVENT>|Protein, Cause?:<EVENT>|Protein',
    );
  });
});

describe('annotation.conf from a damaged or hostile file', () => {
  it('leaves out an event line that is not brat’s, and says where', () => {
    const bundle = readBrat([
      { path: 'annotation.conf', content: '[events]\nBroken Theme\nBinding Theme+:Protein\n' },
      { path: 'x.txt', content: 'x' },
    ]);
    expect(bundle.declared?.eventTypes?.map((e) => e.name)).toEqual(['Binding']);
    expect(bundle.warnings).toEqual([
      'annotation.conf:2: Broken: "Theme" is not "Role:Type|Type"; left out',
    ]);
  });

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
