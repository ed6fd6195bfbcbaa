import { extensionOf, FormatError, FormatErrors, pathStem } from './common';
import type { FormatFile, FormatId } from './common';

const SNIFF = 4096;

/**
 * Picks the format of a batch for `--format auto`, by extension and the start of each
 * file, without parsing it (so a malformed file still reaches its reader, which says
 * exactly what is wrong). Throws FormatErrors naming each file it cannot place, or the
 * files when the batch mixes formats.
 * @example detectFormat([{ path: 'a.txt', content: 'IBM' }, { path: 'a.ann', content: 'T1\tORG 0 3\tIBM' }]) === 'brat'
 */
export function detectFormat(files: readonly FormatFile[]): FormatId {
  const stems = new Set(
    files.filter((f) => extensionOf(f.path) === '.ann').map((f) => pathStem(f.path)),
  );
  const found = new Map<FormatId, string[]>();
  const problems: FormatError[] = [];
  for (const file of files) {
    const id = formatOf(file, stems);
    if (typeof id !== 'string') {
      problems.push(new FormatError(file.path, undefined, id.reason));
      continue;
    }
    found.set(id, [...(found.get(id) ?? []), file.path]);
  }
  if (found.has('brat')) found.delete('txt');
  if (problems.length === 0 && found.size > 1) {
    const mix = [...found]
      .map(([id, paths]) => `${id} (${paths[0]}${paths.length > 1 ? ', …' : ''})`)
      .join(', ');
    problems.push(
      new FormatError(
        files[0]?.path ?? '',
        undefined,
        `these files mix formats: ${mix}; import them separately`,
      ),
    );
  }
  if (files.length === 0) problems.push(new FormatError('', undefined, 'no files to import'));
  if (problems.length > 0) throw new FormatErrors(problems);
  return [...found.keys()][0] as FormatId;
}

function formatOf(file: FormatFile, annStems: ReadonlySet<string>): FormatId | { reason: string } {
  const extension = extensionOf(file.path);
  const head = file.content.slice(0, SNIFF).replace(/^\uFEFF/, '');
  if (extension === '.ann' || extension === '.conf') return 'brat';
  if (extension === '.txt') return annStems.has(pathStem(file.path)) ? 'brat' : 'txt';
  if (extension === '.tsv' || extension === '.conll') {
    return {
      reason: `${extension} files are an export format (CoNLL, stance TSV); Loupe cannot import them`,
    };
  }
  if (extension === '.json' || extension === '.jsonl') return sniffJson(head, extension);
  return {
    reason: `cannot tell the format from the extension ${JSON.stringify(extension || '(none)')}; pass --format`,
  };
}

function sniffJson(head: string, extension: string): FormatId | { reason: string } {
  if (/"format"\s*:\s*"loupe"/.test(head)) return 'loupe';
  if (/"ner_tags"\s*:/.test(head))
    return {
      reason: 'Hugging Face token classification is an export format; Loupe cannot import it',
    };
  const firstLine = head.trimStart().split('\n')[0] ?? '';
  if (
    /"(?:annotations|predictions)"\s*:/.test(head) ||
    (/^\[/.test(head.trimStart()) && /"data"\s*:/.test(head))
  ) {
    return 'labelstudio';
  }
  if (
    /"(?:start_offset|from_id)"\s*:/.test(firstLine) ||
    /"labels?"\s*:\s*\[\s*(?:\[|\])/.test(firstLine)
  )
    return 'doccano';
  if (/"(?:spans|tokens)"\s*:/.test(firstLine)) return 'spans-jsonl';
  if (/"data"\s*:\s*\{/.test(head)) return 'labelstudio';
  if (/"text"\s*:/.test(firstLine)) return extension === '.jsonl' ? 'spans-jsonl' : 'labelstudio';
  return {
    reason:
      'cannot tell which JSON format this is (Loupe, Label Studio, doccano or spans JSONL); pass --format',
  };
}
