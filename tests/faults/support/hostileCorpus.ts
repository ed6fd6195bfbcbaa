import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { emptyLayer, FORMAT_VERSION } from '../../../src/shared/model';
import { MAX_PROJECT_FILE_BYTES, stableStringify, textHash } from '../../../src/node/store';
import { span } from '../../helpers/span';

/** One hostile thing a teammate's folder can hold, and the file `validate` must name for it. */
export interface HostileCase {
  readonly name: string;
  /** The project-relative file validate reports. */
  readonly file: string;
  plant(dir: string, outside: string): Promise<void>;
}

/** Names that break user-keyed objects or paths: always in the corpus, never left to chance. */
export const RESERVED_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'gold',
  'a/b',
  '..',
  'x\u001b[2J',
];

async function meta(dir: string, id: string, text: string): Promise<void> {
  await writeFile(
    join(dir, 'documents', `${id}.json`),
    stableStringify({
      formatVersion: FORMAT_VERSION,
      id,
      name: `${id}.txt`,
      textHash: textHash(Buffer.from(text)),
      length: [...text].length,
      importedAt: '2026-01-01T00:00:00.000Z',
    }),
  );
}

async function layerFile(
  dir: string,
  folder: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const doc = JSON.parse(await readFile(join(dir, 'documents', 'ap.json'), 'utf8'));
  await mkdir(join(dir, 'annotations', folder), { recursive: true });
  const layer = { ...emptyLayer('ap', doc.textHash, folder), ...fields };
  await writeFile(join(dir, 'annotations', folder, 'ap.json'), stableStringify(layer));
}

/** The corpus: links out, links to devices, FIFOs, huge files, wrong annotators, versions, reserved names. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'a document text linked to /dev/zero',
    file: 'documents/zero.txt',
    plant: async (dir) => {
      await meta(dir, 'zero', 'x');
      await symlink('/dev/zero', join(dir, 'documents', 'zero.txt'));
    },
  },
  {
    name: 'a document text linked to /dev/urandom',
    file: 'documents/random.txt',
    plant: async (dir) => {
      await meta(dir, 'random', 'x');
      await symlink('/dev/urandom', join(dir, 'documents', 'random.txt'));
    },
  },
  {
    name: 'a document text that is a FIFO',
    file: 'documents/pipe.txt',
    plant: async (dir) => {
      await meta(dir, 'pipe', 'x');
      execFileSync('mkfifo', [join(dir, 'documents', 'pipe.txt')]);
    },
  },
  {
    name: 'a document meta that is a FIFO',
    file: 'documents/fifo.json',
    plant: async (dir) => {
      execFileSync('mkfifo', [join(dir, 'documents', 'fifo.json')]);
    },
  },
  {
    name: 'a document text larger than Loupe reads (sparse)',
    file: 'documents/huge.txt',
    plant: async (dir) => {
      await meta(dir, 'huge', 'x');
      await writeFile(join(dir, 'documents', 'huge.txt'), '');
      await truncate(join(dir, 'documents', 'huge.txt'), MAX_PROJECT_FILE_BYTES + 1);
    },
  },
  {
    name: 'a document meta linked outside the project',
    file: 'documents/secret.json',
    plant: async (dir, outside) => {
      await writeFile(join(outside, 'secret.json'), '{"formatVersion":1}');
      await symlink(join(outside, 'secret.json'), join(dir, 'documents', 'secret.json'));
    },
  },
  {
    name: 'an entity file linked outside the project',
    file: 'entities/e_out.json',
    plant: async (dir, outside) => {
      await mkdir(join(dir, 'entities'), { recursive: true });
      await symlink(join(outside, 'secret.json'), join(dir, 'entities', 'e_out.json'));
    },
  },
  {
    name: 'a damaged entity file',
    file: 'entities/e_bad.json',
    plant: async (dir) => {
      await mkdir(join(dir, 'entities'), { recursive: true });
      await writeFile(join(dir, 'entities', 'e_bad.json'), '{"formatVersion":1,"id":"e_bad",');
    },
  },
  {
    name: 'an entity file of another format version',
    file: 'entities/e_v9.json',
    plant: async (dir) => {
      await mkdir(join(dir, 'entities'), { recursive: true });
      await writeFile(
        join(dir, 'entities', 'e_v9.json'),
        JSON.stringify({ formatVersion: 9, id: 'e_v9', name: 'X', type: 'GPE', aliases: [] }),
      );
    },
  },
  {
    name: "an annotator's folder linked outside the project",
    file: 'annotations/bob',
    plant: async (dir, outside) => {
      await mkdir(join(outside, 'bob'));
      await symlink(join(outside, 'bob'), join(dir, 'annotations', 'bob'));
    },
  },
  {
    name: 'a layer whose annotator field points outside',
    file: 'annotations/carol/ap.json',
    plant: (dir) => layerFile(dir, 'carol', { annotator: '../../outside/x' }),
  },
  {
    name: "a layer copied from alice's folder into dave's",
    file: 'annotations/dave/ap.json',
    plant: (dir) => layerFile(dir, 'dave', { annotator: 'alice' }),
  },
  {
    name: 'a layer of another format version',
    file: 'annotations/erin/ap.json',
    plant: (dir) => layerFile(dir, 'erin', { formatVersion: 7 }),
  },
  {
    name: 'a layer whose text hash does not match its document',
    file: 'annotations/fay/ap.json',
    plant: (dir) => layerFile(dir, 'fay', { textHash: `sha256:${'0'.repeat(64)}` }),
  },
  {
    name: 'a layer that is a FIFO',
    file: 'annotations/gus/ap.json',
    plant: async (dir) => {
      await mkdir(join(dir, 'annotations', 'gus'));
      execFileSync('mkfifo', [join(dir, 'annotations', 'gus', 'ap.json')]);
    },
  },
  {
    name: 'spans with reserved labels, a missing entity and prototype attribute names',
    file: 'annotations/hal/ap.json',
    plant: (dir) =>
      layerFile(dir, 'hal', {
        spans: RESERVED_NAMES.map((label, i) => ({
          ...span(i, i + 1, label, `s_${i}`),
          entityId: 'e_missing',
          attributes: JSON.parse('{"__proto__": "x", "constructor": true}'),
        })),
      }),
  },
  {
    name: 'an annotator folder with a name Loupe does not accept',
    file: 'annotations/.hidden/',
    plant: (dir) => mkdir(join(dir, 'annotations', '.hidden')),
  },
  {
    name: 'a text without its metadata file',
    file: 'documents/orphan.txt',
    plant: (dir) => writeFile(join(dir, 'documents', 'orphan.txt'), 'no meta'),
  },
  {
    name: 'a temp file of an interrupted write',
    file: 'documents/.ap.json.77.0badf00d.tmp',
    plant: (dir) => writeFile(join(dir, 'documents', '.ap.json.77.0badf00d.tmp'), '{"half'),
  },
  {
    name: 'a link to nothing',
    file: 'documents/dangling.json',
    plant: (dir) => symlink(join(dir, 'nowhere'), join(dir, 'documents', 'dangling.json')),
  },
  ...deviceCases(),
];

/** Whether this machine lets the tests make device files (root, or CAP_MKNOD). */
function canMakeDevices(): boolean {
  const probe = join(mkdtempSync(join(tmpdir(), 'loupe-mknod-')), 'null');
  try {
    execFileSync('mknod', [probe, 'c', '1', '3'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dirname(probe), { recursive: true, force: true });
  }
}

/**
 * Device files inside the project itself (not links to /dev): a text that is /dev/zero's
 * device (endless zeros) and an entity that is /dev/null's. Where devices cannot be made here,
 * the links to /dev above stand in for them.
 */
function deviceCases(): HostileCase[] {
  if (!canMakeDevices()) return [];
  return [
    {
      name: 'a document text that is a character device (/dev/zero’s numbers)',
      file: 'documents/device.txt',
      plant: async (dir) => {
        await meta(dir, 'device', 'x');
        execFileSync('mknod', [join(dir, 'documents', 'device.txt'), 'c', '1', '5']);
      },
    },
    {
      name: 'an entity file that is a character device (/dev/null’s numbers)',
      file: 'entities/e_dev.json',
      plant: async (dir) => {
        await mkdir(join(dir, 'entities'), { recursive: true });
        execFileSync('mknod', [join(dir, 'entities', 'e_dev.json'), 'c', '1', '3']);
      },
    },
  ];
}
