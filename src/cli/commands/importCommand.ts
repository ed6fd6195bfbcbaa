import { importTexts } from '../../node';
import { CliError } from '../cliError';
import { openStore } from '../openStore';
import { printJson, say } from '../output';
import type { ParsedArgs } from '../parsedArgs';

/** `loupe import <dir> <path>… [--format auto|txt|…] [--annotator NAME]`. */
export async function importCommand(args: ParsedArgs): Promise<void> {
  const [dir, ...paths] = args.positionals;
  if (!dir || paths.length === 0) throw new CliError('usage: loupe import <dir> <path>… [--format auto|txt]', 2);
  const format = args.string('format') ?? 'auto';
  if (format !== 'auto' && format !== 'txt') throw new CliError(`format ${format} is not supported by this build (supported: auto, txt)`, 2);
  const store = await openStore(dir);
  const result = await importTexts(store, paths);
  if (args.flag('json')) {
    printJson({ added: result.added.map((d) => ({ id: d.id, name: d.name })), duplicates: result.duplicates });
  }
  say(`Imported ${result.added.length} document(s).`);
  for (const dup of result.duplicates) say(`  skipped ${dup.file}: same text as document ${dup.documentId}`);
}
