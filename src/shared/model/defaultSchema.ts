import type { LabelSchema } from './labelSchema';
import type { LabelStyles } from './labelStyle';

// Colours at 3:1 or more against the light page, apart (CIE76 ΔE ≥ 10) under protanopia,
// deuteranopia and tritanopia as well: Okabe-Ito's blue, vermillion and green, filled out by search.
const LABELS: ReadonlyArray<[string, string, string]> = [
  ['PERSON', 'People, including fictional', '#d55e00'],
  ['ORG', 'Companies, agencies, institutions', '#0072b2'],
  ['GPE', 'Countries, cities, states', '#008060'],
  ['LOC', 'Non-political locations: regions, bodies of water', '#662200'],
  ['NORP', 'Nationalities, religious or political groups', '#8800ee'],
  ['EVENT', 'Named events: strikes, wars, protests', '#ee0066'],
  ['DATE', 'Absolute or relative dates', '#222288'],
  ['QUOTE', 'Reported speech', '#662266'],
  ['MISC', 'Other names', '#8866ee'],
];

/** The schema of a new project: nine entity labels on keys 1–9, stance topics of the demo corpus, relation types brat can write as they are. */
export function defaultLabelSchema(): LabelSchema {
  return {
    labels: LABELS.map(([name, description]) => ({ name, description })),
    entityTypes: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC'],
    topics: [
      { id: 'us-troop-presence', name: 'US troop presence in Iraq' },
      { id: 'troop-withdrawal', name: 'Withdrawal of US troops from Iraq' },
      { id: 'soleimani-strike', name: 'The US strike that killed Qassem Soleimani' },
    ],
    polarities: ['FAVOR', 'AGAINST', 'NONE'],
    documentLabels: [
      {
        name: 'source type',
        values: ['news agency', 'newspaper', 'broadcaster', 'government', 'scrape'],
      },
      { name: 'overall stance', values: ['FAVOR', 'AGAINST', 'NONE', 'MIXED'] },
    ],
    attributes: [],
    relationTypes: ['speaker-of', 'member-of', 'leader-of', 'located-in', 'part-of'],
  };
}

/** Colours and keys 1–9 of the default labels. */
export function defaultLabelStyles(): LabelStyles {
  return Object.fromEntries(
    LABELS.map(([name, , color], i) => [name, { color, key: String(i + 1) }]),
  );
}
