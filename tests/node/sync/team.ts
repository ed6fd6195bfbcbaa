import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs';
import { join, relative } from 'node:path';
import git from 'isomorphic-git';
import { createProject, createWorkbench, type Workbench } from '../../../src/node';
import { cloneProject } from '../../../src/node/sync';
import { tempDir } from '../../helpers/tempProject';

/** One annotator of a team: a clone of the project and a settings home of their own. */
export interface Member {
  readonly name: string;
  readonly dir: string;
  readonly home: string;
  wb: Workbench;
}

/** The environment git runs in as Mallory, a teammate who shares with git itself. */
export function malloryEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'Mallory',
    GIT_AUTHOR_EMAIL: 'mallory@example.org',
    GIT_COMMITTER_NAME: 'Mallory',
    GIT_COMMITTER_EMAIL: 'mallory@example.org',
  };
}

/** Texts of the team's documents (ids a, b, c). */
export const TEXTS: Record<string, string> = {
  'a.txt': 'Adel Abdul-Mahdi met Mike Pompeo in Baghdad.',
  'b.txt': 'The United States rejected the request from Iraq.',
  'c.txt': 'Reuters reported that NATO will stay in Iraq.',
};

/** Opens (or reopens) a member's workbench as that annotator. */
export async function open(member: Omit<Member, 'wb'>): Promise<Workbench> {
  const wb = await createWorkbench(member.dir, { userFolder: member.home });
  await wb.updateSettings({ annotator: member.name });
  return wb;
}

/** A bare repository as the remote, alice's project published to it, and bob and carol's clones. */
export async function startTeam(
  names = ['alice', 'bob', 'carol'],
): Promise<{ root: string; remote: string; members: Member[] }> {
  const root = tempDir('loupe-sync-');
  const remote = join(root, 'team.git');
  await git.init({ fs, dir: remote, bare: true, defaultBranch: 'main' });
  const sources = join(root, 'sources');
  await mkdir(sources);
  for (const [name, text] of Object.entries(TEXTS)) await writeFile(join(sources, name), text);
  const members: Member[] = [];
  for (const [i, name] of names.entries()) {
    const member = { name, dir: join(root, name), home: join(root, `${name}-home`) };
    if (i === 0) await createProject(member.dir, { name: 'team', seedsDir: sources });
    else await cloneProject(remote, member.dir);
    const wb = await open(member);
    if (i === 0) await wb.syncWith({ remote });
    members.push({ ...member, wb });
  }
  return { root, remote, members };
}

/** Every project file of a clone (not its git folder or lock), path → text. */
export async function projectFiles(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const e of entries) {
    const path = relative(dir, join(e.parentPath, e.name)).split('\\').join('/');
    if (!e.isFile() || path.startsWith('.git/') || path.startsWith('.loupe.lock')) continue;
    files[path] = await readFile(join(dir, path), 'utf8');
  }
  return files;
}

/** Adds a span over the first occurrence of `text` in a document; its id. */
export async function annotate(
  member: Member,
  documentId: string,
  text: string,
  label = 'PERSON',
): Promise<string> {
  const doc = await member.wb.openDocument({ documentId });
  const start = doc.document.text.indexOf(text); // ASCII texts: UTF-16 = code points
  const result = await member.wb.addSpan({
    documentId,
    label,
    fragments: [{ start, end: start + text.length }],
  });
  const change = result.changes[0];
  return change?.upserted.at(-1)?.id ?? '';
}

/** Adds a label to the schema. */
export async function addLabel(member: Member, name: string): Promise<void> {
  const project = await member.wb.getProject({});
  await member.wb.updateSchema({
    schema: { ...project.schema, labels: [...project.schema.labels, { name }] },
    styles: project.styles,
  });
}
