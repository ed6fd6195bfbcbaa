/*
 * JSON array files in the layouts of doccano's own (doccano/doccano, MIT), built here:
 * - its JSON export of a text classification project, backend/data_export/pipeline/examples/
 *   text_classification/example.json @ ab6b765ea326d07b2b806a4280cd097565e62321: records
 *   indented by four spaces, each list on one line;
 * - its import example of the same, .../data_import/pipeline/examples/text_classification/
 *   example.json: the keys `column_data` and `column_label`;
 * - doccano 1.0's upload test files, app/api/tests/data/{labeling,complex}.json
 *   @ 678136683c27a74cfdc816fe912afe05c70c916b: one record a line indented by a tab, no line end
 *   after `]`; and records sharing lines, `"meta" : {…}`, a blank line.
 */

/** doccano's JSON export layout: a record per indented object, its fields one a line, lists on one line. */
export function exportLayout(
  records: readonly { readonly text: string; readonly label: readonly string[] }[],
  keys: readonly [string, string] = ['text', 'label'],
): string {
  const list = (labels: readonly string[]) =>
    `[${labels.map((l) => JSON.stringify(l)).join(', ')}]`;
  const objects = records.map(
    (r) =>
      `    {\n        "${keys[0]}": ${JSON.stringify(r.text)},\n        "${keys[1]}": ${list(r.label)}\n    }`,
  );
  return `[\n${objects.join(',\n')}\n]\n`;
}

export const REVIEWS = [
  { text: 'Terrible customer service.', label: ['negative'] },
  { text: 'Really great transaction.', label: ['positive'] },
  { text: 'Great price.', label: ['positive'] },
];
export const EXPORTED = exportLayout(REVIEWS);

/** doccano 1.0's labeling.json layout: a tab, then the record as Python's json.dumps writes it. */
export const LABELING = `[\n${[1, 2, 3]
  .map((id, i) => {
    const labels = [
      [
        [0, 1, 'LOC'],
        [0, 2, 'ORG'],
      ],
      [[0, 1, 'LOC']],
      [[0, 1, 'PER']],
    ][i];
    return `\t${JSON.stringify({ text: 'example', labels, meta: { wikiPageID: id } })
      .replaceAll('":', '": ')
      .replaceAll(',', ', ')}`;
  })
  .join(',\n')}\n]`;

/** doccano 1.0's complex.json as it is: records sharing lines, spaced unevenly. */
export const COMPLEX = [
  '[{"text": "Terrible meta customer service.", "labels": ["negative"]},',
  '{"text": "Great.", "labels": ["positive"]},{"text": "Great price.", "labels": ["positive"],"meta":{"1": "text with stuff"}},{"text": "Great price.", "labels": ["positive"], "meta" : {"1": "text with"}},',
  '{"text": "Terrible.", "labels": ["negative"]},{"text": "Great price.", "labels": ["positive"], "meta" : {"1": "text with"}},',
  '{"text": "Awesome.", "labels": ["positive"], "meta" : {"1": "meta"}},',
  '',
  '{"meta":{"1": "text with stuff"},"text": "Great price.", "labels": ["positive"]}',
  ']',
].join('\n');

/** Python's json.dump(records, indent=2) (ensure_ascii): an emoji as its two escaped UTF-16 units, offsets in UTF-16 units. */
export const PYTHON = `${JSON.stringify(
  [
    { id: 7, text: '😀 IBM hired Ann.', label: [[3, 6, 'ORG']] },
    { id: 8, text: 'Ann left.', label: [] },
  ],
  null,
  2,
).replace('😀', '\\ud83d\\ude00')}\n`;
