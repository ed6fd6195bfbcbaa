import type { GoldDocument, GoldSpan } from './goldDocument';

function span(id: string, label: string, start: number, end: number, text: string): GoldSpan {
  return { id, label, start, end, text };
}

/** Glued punctuation, curly and straight possessives, clitics, abbreviations, initials. */
const gluedPunctuation: GoldDocument = {
  name: 'glued-punctuation',
  text:
    "BAGHDAD (Reuters)\u2014Baghdad\u2019s parliament rejected the U.S.-led coalition's plan on Friday. " +
    'Iraq\'s premier said: "We don\'t want U.S. troops here," after meeting Gen. Mark A. Milley',
  spans: [
    span('T1', 'GPE', 0, 7, 'BAGHDAD'),
    span('T2', 'ORG', 9, 16, 'Reuters'),
    span('T3', 'GPE', 18, 25, 'Baghdad'),
    span('T4', 'GPE', 52, 56, 'U.S.'),
    span('T5', 'GPE', 89, 93, 'Iraq'),
    span('T6', 'GPE', 125, 129, 'U.S.'),
    span('T7', 'PERSON', 158, 177, 'Gen. Mark A. Milley'),
    span('T8', 'Stance', 28, 77, "parliament rejected the U.S.-led coalition's plan"),
    span('T9', 'Stance', 111, 141, "We don't want U.S. troops here"),
  ],
  stances: [
    { id: 'E1', evidence: 'T8', holder: 'T3', target: { topic: 'us-troops' }, polarity: 'AGAINST' },
    { id: 'E2', evidence: 'T9', holder: 'T5', target: { topic: 'us-troops' }, polarity: 'AGAINST' },
  ],
  bratLines: ['#1\tAnnotatorNotes T7\tChairman of the Joint Chiefs of Staff'],
};

/** CRLF line ends, tabs, runs of spaces, no-break spaces (one inside a span), adjacent GPE GPE. */
const crlfTabsSpaces: GoldDocument = {
  name: 'crlf-tabs-spaces',
  text:
    'Iraq Iran talks\tresumed in Geneva.\r\n' +
    'Mr.\u00a0Pompeo   met  Adel\u00a0Abdul-Mahdi\ton Friday.\r\n' +
    'The U.S. State Department said so.\r\n',
  spans: [
    span('T1', 'GPE', 0, 4, 'Iraq'),
    span('T2', 'GPE', 5, 9, 'Iran'),
    span('T3', 'GPE', 27, 33, 'Geneva'),
    span('T4', 'PERSON', 40, 46, 'Pompeo'),
    span('T5', 'PERSON', 54, 70, 'Adel\u00a0Abdul-Mahdi'),
    span('T6', 'ORG', 87, 108, 'U.S. State Department'),
  ],
  stances: [],
  bratLines: [],
};

/** Emoji (a flag, a skin-tone modifier) and astral letters before, inside and after spans. */
const astral: GoldDocument = {
  name: 'astral',
  text: '\u{1F1EE}\u{1F1F6} Iraq \u{1F600} rejects the \u{1D414}\u{1D412} plan; \u{1F44D}\u{1F3FD} from Tehran and Ankara',
  spans: [
    span('T1', 'GPE', 3, 7, 'Iraq'),
    span('T2', 'GPE', 22, 24, '\u{1D414}\u{1D412}'),
    span('T3', 'GPE', 39, 45, 'Tehran'),
    span('T4', 'GPE', 50, 56, 'Ankara'),
  ],
  stances: [],
  bratLines: ['A11\tConfidence T2 Low'],
};

/** A stance whose evidence crosses an entity span and contains another; R, N, A, * and # lines. */
const stanceOverlap: GoldDocument = {
  name: 'stance-overlap',
  text:
    'Mike Pompeo said the United States would not discuss a withdrawal from Iraq, according to ' +
    'the State Department. The U.S. has 5,200 troops there.',
  spans: [
    span('T1', 'PERSON', 0, 11, 'Mike Pompeo'),
    span('T2', 'GPE', 21, 34, 'United States'),
    span('T3', 'GPE', 71, 75, 'Iraq'),
    span('T4', 'ORG', 94, 110, 'State Department'),
    span('T5', 'GPE', 116, 120, 'U.S.'),
    span('T6', 'Stance', 5, 65, 'Pompeo said the United States would not discuss a withdrawal'),
  ],
  stances: [
    { id: 'E1', evidence: 'T6', holder: 'T1', target: { span: 'T3' }, polarity: 'AGAINST' },
  ],
  bratLines: [
    'R1\tAffiliation Arg1:T1 Arg2:T4',
    'N1\tReference T1 Wikidata:Q473239\tMike Pompeo',
    'A12\tOfficial T4',
    '*\tAlias T2 T5',
    '#1\tAnnotatorNotes T1\tSecretary of State',
  ],
};

/** Possessives and clitics glued to names, an abbreviation ending a sentence. */
const clitics: GoldDocument = {
  name: 'clitics',
  text: "Washington's envoy can't stay, Tehran\u2019s press said of the U.S. Iraq's parliament agreed.",
  spans: [
    span('T1', 'GPE', 0, 10, 'Washington'),
    span('T2', 'GPE', 31, 37, 'Tehran'),
    span('T3', 'GPE', 58, 62, 'U.S.'),
    span('T4', 'GPE', 63, 67, 'Iraq'),
  ],
  stances: [],
  bratLines: [],
};

/** Combining marks (decomposed ë, ü, ã, é), spans at the very start and the very end. */
const combiningMarks: GoldDocument = {
  name: 'combining-marks',
  text: 'Zoe\u0308 Ku\u0308hn visited Sa\u0303o Paulo with Jose\u0301',
  spans: [
    span('T1', 'PERSON', 0, 10, 'Zoe\u0308 Ku\u0308hn'),
    span('T2', 'GPE', 19, 29, 'Sa\u0303o Paulo'),
    span('T3', 'PERSON', 35, 40, 'Jose\u0301'),
  ],
  stances: [],
  bratLines: [],
};

/** A document of one token, all of it one span. */
const oneToken: GoldDocument = {
  name: 'one-token',
  text: 'Baghdad',
  spans: [span('T1', 'GPE', 0, 7, 'Baghdad')],
  stances: [],
  bratLines: [],
};

/**
 * The known answer every export is checked against: texts with code point offsets, written
 * by hand (and checked by {@link verifyGold}), never read back from Loupe.
 */
export const HARD_CASES: readonly GoldDocument[] = [
  gluedPunctuation,
  crlfTabsSpaces,
  astral,
  stanceOverlap,
  clitics,
  combiningMarks,
  oneToken,
];
