// A task two people (amira@example.org, bo@example.org) annotated, with a model's (ner-v2)
// prediction, in the shape Label Studio 1.x's JSON export writes one (the keys and their order of
// tests/fixtures/real/labelstudio/sdk_csv_test2.json, a prediction's as label-studio-sdk's
// prediction type lists them), NER config `<Labels name="label" toName="text">`.

/** The text of the task. */
export const TEXT = 'Adel Abdul-Mahdi met US officials in Baghdad.';

function region(id: string, start: number, end: number, label: string, extra: object = {}) {
  const text = TEXT.slice(start, end);
  return {
    id,
    type: 'labels',
    value: { start, end, text, labels: [label] },
    origin: 'manual',
    to_name: 'text',
    from_name: 'label',
    ...extra,
  };
}

function annotation(id: number, user: number, email: string, result: object[]) {
  return {
    id,
    completed_by: { id: user, email, first_name: '', last_name: '' },
    result,
    reviews: [],
    last_action: 'submitted',
    was_cancelled: false,
    ground_truth: false,
    created_at: '2024-05-02T09:14:03.118201Z',
    updated_at: '2024-05-02T09:15:41.904513Z',
    lead_time: 98.786,
    prediction: {},
    result_count: 0,
    last_created_by: user,
    task: 31,
    parent_prediction: null,
    parent_annotation: null,
  };
}

/** The task, as Label Studio exports it. */
export const TWO_ANNOTATOR_TASK = {
  id: 31,
  annotations: [
    annotation(57, 1, 'amira@example.org', [
      region('xa1', 0, 16, 'PERSON'),
      region('xa2', 37, 44, 'GPE'),
    ]),
    annotation(58, 2, 'bo@example.org', [
      region('yb1', 0, 16, 'PERSON'),
      region('yb2', 21, 23, 'GPE'),
    ]),
  ],
  file_upload: 'a3c1e2f0-news.json',
  drafts: [],
  predictions: [
    {
      id: 12,
      model_version: 'ner-v2',
      created_ago: '3 days, 2 hours',
      result: [
        { ...region('p1', 0, 16, 'PERSON', { score: 0.91 }), origin: 'prediction' },
        { ...region('p2', 37, 44, 'GPE', { score: 0.62 }), origin: 'prediction' },
      ],
      score: 0.77,
      cluster: null,
      neighbors: null,
      mislabeling: 0.0,
      created_at: '2024-04-29T07:02:11.552100Z',
      updated_at: '2024-04-29T07:02:11.552125Z',
      model: null,
      model_run: null,
      task: 31,
      project: 4,
    },
  ],
  agreement: 66.67,
  data: { text: TEXT },
  meta: {},
  created_at: '2024-04-29T07:01:58.007412Z',
  updated_at: '2024-05-02T09:15:41.935211Z',
  inner_id: 1,
  total_annotations: 2,
  cancelled_annotations: 0,
  total_predictions: 1,
  comment_count: 0,
  unresolved_comment_count: 0,
  last_comment_updated_at: null,
  project: 4,
  updated_by: 2,
  comment_authors: [],
};
/** A file of the task, as Label Studio's JSON export writes it (four spaces a level). */
export const TWO_ANNOTATOR_FILE = JSON.stringify([TWO_ANNOTATOR_TASK], null, 4);
