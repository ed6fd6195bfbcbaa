import type { Random } from './random';

const WORDS = (
  'the minister said on friday that talks with the delegation would continue despite protests in baghdad ' +
  'officials from washington and tehran rejected the request to withdraw troops from the region while ' +
  'parliament voted on a resolution calling for sovereignty and security agreements between both countries ' +
  'analysts warned that the decision could escalate tensions across the gulf according to reports from reuters ' +
  'the prime minister adel abdul-mahdi asked secretary pompeo to send delegates to plan the departure of forces'
).split(' ');
const NAMES = [
  'Baghdad',
  'Washington',
  'Pompeo',
  'Abdul-Mahdi',
  'NATO',
  'Iraq',
  'Tehran',
  'Reuters',
  'Erbil',
  'Zürich',
  'Müller',
  'Saïd',
];

/** A word of the generated text and where it starts (UTF-16 = code points: the text has no astral characters). */
export interface GeneratedWord {
  readonly start: number;
  readonly end: number;
}

/** A news-like text of about `chars` characters: paragraphs of 40–120 words separated by newlines. */
export interface GeneratedText {
  readonly text: string;
  readonly words: readonly GeneratedWord[];
}

export function generateText(random: Random, chars: number): GeneratedText {
  const parts: string[] = [];
  const words: GeneratedWord[] = [];
  let length = 0;
  while (length < chars) {
    const count = random.int(40, 120);
    for (let i = 0; i < count; i++) {
      const word = random.next() < 0.12 ? random.pick(NAMES) : random.pick(WORDS);
      const sep = i === count - 1 ? '.\n' : random.next() < 0.06 ? ', ' : ' ';
      words.push({ start: length, end: length + word.length });
      parts.push(word, sep);
      length += word.length + sep.length;
    }
  }
  return { text: parts.join(''), words };
}
