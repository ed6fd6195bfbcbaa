import type { Span } from '../../../src/shared/model';
import { fragmentOf } from '../../../src/shared/spans';
import { generateSpans } from '../data/generateSpans';
import { generateText, type GeneratedWord } from '../data/generateText';
import { createRandom } from '../data/random';
import type { EditorRunRequest } from './editorMetrics';

/** The text and spans every subject of one run shows, and spans to add in the first screen. */
export interface BenchDocument {
  readonly text: string;
  readonly spans: Span[];
  readonly fragments: number;
  /** Spans not in `spans`, each over a word near the top of the text. */
  readonly extras: Span[];
}

export function benchDocument(request: EditorRunRequest): BenchDocument {
  const random = createRandom(request.seed);
  const { text, words } = generateText(random, request.chars);
  const spans = generateSpans(random, words, request.spans, request.overlapping);
  const extras = Array.from({ length: request.edits }, (_, i) =>
    extra(words[3 + i * 7] as GeneratedWord, i),
  );
  return { text, spans, fragments: spans.reduce((n, s) => n + s.fragments.length, 0), extras };
}

function extra(word: GeneratedWord, i: number): Span {
  const stamp = '2020-01-10T12:00:00.000Z';
  return {
    id: `added${i}`,
    label: 'ORG',
    fragments: [fragmentOf(word.start, word.end)],
    author: 'bench',
    createdAt: stamp,
    updatedAt: stamp,
  };
}
