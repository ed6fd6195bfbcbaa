import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { withoutFiles } from './build';

const DIR = join(__dirname, '..', '..', '..', 'fixtures', 'labelstudio-paragraphs');

function content(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

function read(name: string) {
  return readLabelStudio([{ path: name, content: content(name) }]);
}

/** Each span as `label start-end …` in code points of the document text. */
function places(doc: FormatDocument | undefined): string[] {
  return (doc?.spans ?? []).map(
    (s) => `${s.label} ${s.fragments.map((f) => `${f.start}-${f.end}`).join(' ')}`,
  );
}

interface Task {
  data: Record<string, unknown>;
  annotations?: { result: Record<string, unknown>[] }[];
}

/** The tasks Loupe writes anew from what it read (not from their file, which goes back as it was). */
function rewritten(name: string): Task[] {
  return JSON.parse(writeLabelStudio(withoutFiles(read(name))).files[0]?.content ?? '') as Task[];
}

describe("readLabelStudio and writeLabelStudio on Label Studio's own Paragraphs files", () => {
  // Paragraph text lengths, by `jq '.data.dialogue | map(.text|length)'`: 19, 10, 102, 35, 134.
  // Lines: "Mia Wallace: " (13) + 19 = 32; "Vincent Vega: " (14) + 10 = 24; each then a line break.
  // Paragraph 2 starts at 32+1+24+1+13 = 71; 3 at 71+102+1+14 = 188; 4 at 188+35+1+13 = 237.
  it('the frontend example: a region from paragraph 2 to 4, one fragment per paragraph', () => {
    const { documents, warnings } = read('lsf_audio_video_paragraphs_annotations_1.json');
    expect(documents.map(places)).toEqual([['Important Stuff 71-173 188-223 237-371']]);
    // The example's other result marks the video's timeline, which Loupe keeps and does not show.
    expect(warnings).toEqual([
      'lsf_audio_video_paragraphs_annotations_1.json:6: a labels result not tied to a region is kept as it was and written back to Label Studio; Loupe does not show it',
    ]);
  });

  it.each([
    'lsf_audio_video_paragraphs_annotations_1.json',
    'lsf_audio_video_paragraphs_tasks.json',
    'lsf_e2e_audio_paragraphs_task.json',
  ])('%s goes back unchanged to its file, byte for byte', (name) => {
    expect(writeLabelStudio(read(name)).files).toEqual([{ path: name, content: content(name) }]);
  });

  it('the frontend example written anew: the same list and regions (value.text added)', () => {
    const original = JSON.parse(content('lsf_audio_video_paragraphs_annotations_1.json')) as Task;
    const [task] = rewritten('lsf_audio_video_paragraphs_annotations_1.json');
    expect(task?.data.dialogue).toEqual(original.data.dialogue);
    const [paragraphs, video] = original.annotations?.[0]?.result ?? [];
    const value = paragraphs?.value as Record<string, unknown>;
    const [para2, para3, para4] = (original.data.dialogue as { text: string }[])
      .slice(2)
      .map((p) => p.text);
    expect(task?.annotations?.[0]?.result).toEqual([
      { ...paragraphs, value: { ...value, text: [para2, para3, para4].join('\n') } },
      video,
    ]);
  });

  it('the frontend tasks: no annotations, the paragraphs’ times and fields written back as they were', () => {
    const { documents } = read('lsf_audio_video_paragraphs_tasks.json');
    expect(documents.map(places)).toEqual([[]]);
    const [original] = JSON.parse(content('lsf_audio_video_paragraphs_tasks.json')) as Task[];
    const [task] = rewritten('lsf_audio_video_paragraphs_tasks.json');
    // The task has no id: the document is named after the file.
    expect(task?.data).toEqual({ ...original?.data, name: 'lsf_audio_video_paragraphs_tasks-1' });
  });

  // "Dont" is 0-4 of paragraph 0 and "hate" 9-13: after "Mia Wallace: " (13), 13-17 and 22-26.
  it('the audio-paragraphs e2e task: two regions in paragraph 0, written back as they were', () => {
    const { documents, warnings } = read('lsf_e2e_audio_paragraphs_task.json');
    expect(documents.map(places)).toEqual([['General: Negative 13-17', 'General: Positive 22-26']]);
    expect(warnings).toEqual([]);
    const [original] = JSON.parse(content('lsf_e2e_audio_paragraphs_task.json')) as Task[];
    const [task] = rewritten('lsf_e2e_audio_paragraphs_task.json');
    expect(task?.annotations?.[0]?.result).toEqual(original?.annotations?.[0]?.result);
    expect(task?.data.text).toEqual(original?.data.text);
  });
});
