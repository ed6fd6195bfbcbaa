/**
 * Prodigy `db-out` of a `ner.manual` dataset annotated in named sessions with `feed_overlap:
 * true` (`?session=alice`, `?session=bo`): one record per task and annotator, in the order
 * they were answered. Hand-made in exactly the shape of TeMU-BSC/presto-nlp's
 * presto_anotaciones/presto_distortion.jsonl (a real two-annotator `db-out`; no licence, so
 * not copied): srsly's compact JSON, `\uXXXX` for every character past ASCII, `_annotator_id`
 * and `_session_id` both `<dataset>-<session>` after `_timestamp`, each task's `_input_hash`
 * and `_task_hash` the same for every annotator; tokens and keys as Prodigy's ner.manual
 * records have them (explosion/projects' ner_tweets test_annotated.jsonl).
 */

/** One annotator's answer to a task: its spans as `[words, label]`, the words' first place in the text. */
export interface DbOutAnswer {
  readonly task: number;
  readonly session: string;
  readonly spans?: readonly (readonly [string, string])[];
  readonly answer?: 'accept' | 'reject' | 'ignore';
}

/** The tasks' texts: sentences of the seed corpus, one with a character past ASCII. */
export const DB_OUT_TEXTS = [
  'Mike Pompeo said the United States would not discuss a withdrawal from Iraq.',
  'Adil Abdul-Mahdi asked Washington to send a delegation to Baghdad.',
  'The State Department’s spokeswoman spoke in Washington on Friday.',
] as const;

/** The `db-out` file of these answers, one line each, in their order. */
export function dbOutFile(answers: readonly DbOutAnswer[], dataset = 'ner_news'): string {
  return answers.map((a, i) => `${dbOutLine(a, dataset, 1651661004 + i)}\n`).join('');
}

function dbOutLine(answer: DbOutAnswer, dataset: string, timestamp: number): string {
  const text = DB_OUT_TEXTS[answer.task] ?? '';
  const tokens = tokensOf(text);
  const spans = (answer.spans ?? []).map(([words, label]) => ({
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
    token_start: tokens.findIndex((t) => t.start === text.indexOf(words)),
    token_end: tokens.findIndex((t) => t.end === text.indexOf(words) + words.length),
    label,
  }));
  const record = {
    text,
    _input_hash: -849408218 + 1000 * answer.task,
    _task_hash: -336716211 + 1000 * answer.task,
    tokens,
    spans,
    _view_id: 'ner_manual',
    answer: answer.answer ?? 'accept',
    _timestamp: timestamp,
    _annotator_id: `${dataset}-${answer.session}`,
    _session_id: `${dataset}-${answer.session}`,
  };
  return JSON.stringify(record).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Words and punctuation, as spaCy's English tokenizer splits these texts. */
function tokensOf(text: string) {
  return [...text.matchAll(/\p{L}+(?:-\p{L}+)*|[’']s|\S/gu)].map((m, id) => {
    const start = m.index;
    const end = start + m[0].length;
    return { text: m[0], start, end, id, ws: text[end] === ' ' };
  });
}

/**
 * `prodigy db-out ner_news` of sessions alice and bo with `feed_overlap: true`: alice finds
 * Pompeo, the United States and Iraq, then Abdul-Mahdi and Washington; bo the same but the
 * United States, and Baghdad too; then alice ignores the third task, bo marks an ORG in it.
 */
export const TWO_SESSIONS: readonly DbOutAnswer[] = [
  {
    task: 0,
    session: 'alice',
    spans: [
      ['Mike Pompeo', 'PERSON'],
      ['United States', 'GPE'],
      ['Iraq', 'GPE'],
    ],
  },
  {
    task: 1,
    session: 'alice',
    spans: [
      ['Adil Abdul-Mahdi', 'PERSON'],
      ['Washington', 'GPE'],
    ],
  },
  {
    task: 0,
    session: 'bo',
    spans: [
      ['Mike Pompeo', 'PERSON'],
      ['Iraq', 'GPE'],
    ],
  },
  {
    task: 1,
    session: 'bo',
    spans: [
      ['Adil Abdul-Mahdi', 'PERSON'],
      ['Washington', 'GPE'],
      ['Baghdad', 'GPE'],
    ],
  },
  { task: 2, session: 'alice', answer: 'ignore' },
  { task: 2, session: 'bo', spans: [['State Department', 'ORG']] },
];
