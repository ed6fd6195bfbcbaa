import type { LabelSchema } from './labelSchema';
import type { LabelStyles } from './labelStyle';

const LABELS: ReadonlyArray<[string, string, string]> = [
  ['PERSON', 'People, including fictional', '#e4572e'],
  ['ORG', 'Companies, agencies, institutions', '#2e86de'],
  ['GPE', 'Countries, cities, states', '#17a673'],
  ['LOC', 'Non-political locations: regions, bodies of water', '#8e44ad'],
  ['NORP', 'Nationalities, religious or political groups', '#d4a017'],
  ['EVENT', 'Named events: strikes, wars, protests', '#c0392b'],
  ['DATE', 'Absolute or relative dates', '#16a085'],
  ['QUOTE', 'Reported speech', '#7f8c8d'],
  ['MISC', 'Other names', '#ad5389'],
];

/** The schema of a new project: nine entity labels on keys 1–9, stance topics of the demo corpus. */
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
    relationTypes: [],
  };
}

/** Colours and keys 1–9 of the default labels. */
export function defaultLabelStyles(): LabelStyles {
  return Object.fromEntries(
    LABELS.map(([name, , color], i) => [name, { color, key: String(i + 1) }]),
  );
}
