import { describe, expect, it } from 'vitest';
import { describeVotes, panelCandidates, type PanelLayer } from '../../../src/shared/review';
import { span } from '../../helpers/span';

// "Mike Pompeo met Adel Abdul-Mahdi in Baghdad": three annotators, worked out by hand.
const alice: PanelLayer = {
  annotator: 'alice',
  spans: [span(0, 11, 'PERSON', 'a1'), span(16, 32, 'PERSON', 'a2'), span(36, 43, 'GPE', 'a3')],
};
const bob: PanelLayer = {
  annotator: 'bob',
  spans: [span(0, 11, 'PERSON', 'b1'), span(16, 32, 'ORG', 'b2'), span(33, 43, 'GPE', 'b3')],
};
const carol: PanelLayer = {
  annotator: 'carol',
  spans: [span(0, 11, 'PERSON', 'c1'), span(16, 32, 'PERSON', 'c2')],
};

function table(layers: readonly PanelLayer[], gold = [span(50, 55, 'DATE', 'g1')]) {
  return panelCandidates(layers, gold).map((c) => [c.id, describeVotes(c), c.majority, c.inGold]);
}

describe('panelCandidates', () => {
  it('lists each distinct span once with who marked it, in text order', () => {
    expect(table([alice, bob, carol])).toEqual([
      ['PERSON@0-11', '3 of 3: alice, bob, carol', true, false],
      ['ORG@16-32', '1 of 3: bob', false, false],
      ['PERSON@16-32', '2 of 3: alice, carol', true, false],
      ['GPE@33-43', '1 of 3: bob', false, false],
      ['GPE@36-43', '1 of 3: alice', false, false],
      ['DATE@50-55', '0 of 3: gold only', false, true],
    ]);
  });

  it('names the overlapping candidates as rivals, both ways', () => {
    const byId = new Map(panelCandidates([alice, bob, carol], []).map((c) => [c.id, c.rivals]));
    expect(byId.get('PERSON@16-32')).toEqual(['ORG@16-32']);
    expect(byId.get('ORG@16-32')).toEqual(['PERSON@16-32']);
    expect(byId.get('GPE@36-43')).toEqual(['GPE@33-43']);
    expect(byId.get('PERSON@0-11')).toEqual([]);
  });

  it('needs more than half for a majority: 2 of 4 is not one', () => {
    const dave: PanelLayer = { annotator: 'dave', spans: [] };
    const person = panelCandidates([alice, bob, carol, dave], []).find(
      (c) => c.id === 'PERSON@16-32',
    );
    expect(person).toMatchObject({ votes: 2, of: 4, majority: false });
  });

  it('counts an annotator once when their layer stacks two equal spans', () => {
    const twice: PanelLayer = {
      annotator: 'erin',
      spans: [span(0, 11, 'PERSON', 'e1'), span(0, 11, 'PERSON', 'e2')],
    };
    expect(panelCandidates([twice, carol], [])[0]).toMatchObject({
      annotators: ['erin', 'carol'],
      votes: 2,
      majority: true,
    });
  });
});
