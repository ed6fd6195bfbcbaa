import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';

const SHARED = join(SHARED_DIR, 'fixtures', 'real', 'labelstudio');
const OWN = join(import.meta.dirname, '..', '..', '..', 'fixtures');

/** A Label Studio JSON file Label Studio (or its tests) published, and how to read it. */
export interface RealTaskFile {
  readonly path: string;
  /** `--text-field`, for a task whose data holds no `text`. */
  readonly textField?: string;
}

/**
 * The real Label Studio JSON files (../shared/fixtures/real/SOURCES.md and the project's own
 * fixtures' SOURCES.md), those of ../shared left out when absent. Not listed: kiji-proxy's
 * predictions, whose last region runs past the text (refused, or left out with
 * `--skip-invalid`, so the task cannot come back as it was), and the JSON-MIN and CSV
 * exports, which Loupe reads but writes back as Label Studio JSON.
 */
export const REAL_TASK_FILES: readonly RealTaskFile[] = [
  ...(existsSync(SHARED)
    ? [
        'frontend_named_entity/tasks.json',
        'frontend_named_entity/annotations/1.json',
        'ls0x_named_entity_completions_1.json',
        'lsf_e2e_ner-text_task.json',
      ].map((name) => ({ path: join(SHARED, name) }))
    : []),
  { path: join(OWN, 'real', 'labelstudio', 'ls0x_chatbot_analysis_completions_1.json') },
  { path: join(OWN, 'real', 'labelstudio', 'sdk_csv_test2.json'), textField: 'title' },
  { path: join(OWN, 'real', 'labelstudio', 'sdk_csv_test_history.json') },
  { path: join(OWN, 'labelstudio-paragraphs', 'lsf_audio_video_paragraphs_annotations_1.json') },
  { path: join(OWN, 'labelstudio-paragraphs', 'lsf_audio_video_paragraphs_tasks.json') },
  { path: join(OWN, 'labelstudio-paragraphs', 'lsf_e2e_audio_paragraphs_task.json') },
  { path: join(OWN, 'labelstudio-hypertext', 'lsf_e2e_emoji_hypertext_tasks.json') },
];

/** The path under ../shared or the project's fixtures, for a test's name. */
export function shownPath(path: string): string {
  return path.slice(Math.max(path.indexOf('labelstudio'), 0));
}
