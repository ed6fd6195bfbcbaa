import { describeVotes, type PanelDocument } from '../../shared/review';
import type { Workbench } from '../../node';
import { CliError } from '../cliError';
import { withWorkbench } from '../openWorkbench';
import { printJson, printLines } from '../output';
import type { ParsedArgs } from '../parsedArgs';
import { countOf } from '../../shared/text';
import { findNamedDocument } from '../../shared/model';

function listOf(args: ParsedArgs, name: string): string[] {
  return (args.string(name) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** The document named by `--document`: by id, by its name as listed (`a/x.txt`), or by a bare name one document has. */
async function documentIdOf(workbench: Workbench, wanted: string | undefined): Promise<string> {
  if (!wanted) throw new CliError('name the document to adjudicate: --document NAME', 2);
  const documents = await workbench.listDocuments({});
  // A listed name is the document's path: its folder, a slash, its own name.
  const named = documents.map((d) => {
    const slash = d.name.lastIndexOf('/');
    return slash < 0
      ? { id: d.id, name: d.name }
      : { id: d.id, name: d.name.slice(slash + 1), folder: d.name.slice(0, slash) };
  });
  const found = findNamedDocument(named, wanted);
  if (found && 'found' in found) return found.found.id;
  if (found)
    throw new CliError(
      `${JSON.stringify(wanted)} names ${found.ambiguous.length} documents (${found.ambiguous.join(', ')}); give one of these`,
    );
  throw new CliError(
    `no document ${JSON.stringify(wanted)}; the project has ${documents.length} (run loupe stats to list them)`,
  );
}

/** Candidates as a table: mark in gold (or rejected), votes, label, covered text, id to accept or reject by; then the stances. */
function table(review: PanelDocument): string[] {
  const points = [...review.document.text];
  const quote = (fragments: readonly { start: number; end: number }[]) =>
    JSON.stringify(fragments.map((f) => points.slice(f.start, f.end).join('')).join(' … '));
  const all = [...review.candidates, ...review.stanceCandidates];
  const width = Math.max(2, ...all.map((c) => c.id.length));
  const mark = (c: { inGold: boolean; rejected: boolean; majority: boolean }) =>
    c.inGold ? 'gold' : c.rejected ? 'rej ' : c.majority ? 'maj ' : '    ';
  return [
    `${review.document.name}: ${countOf(review.candidates.length, 'candidate span')} and ${countOf(review.stanceCandidates.length, 'stance')} from ${review.annotators.join(', ')}; gold holds ${countOf(review.gold.spanCount, 'span')} and ${countOf(review.gold.stanceCount, 'stance')}`,
    ...review.candidates.map(
      (c) => `  ${mark(c)}  ${c.id.padEnd(width)}  ${quote(c.span.fragments)}  ${describeVotes(c)}`,
    ),
    ...review.stanceCandidates.map((c) => {
      const { stance, holder, target } = c.version;
      const who = `${holder ?? '—'} ${stance.polarity} ${target ?? '—'}`;
      return `  ${mark(c)}  ${c.id.padEnd(width)}  ${quote(c.version.evidence.flat())}  ${who}  ${describeVotes(c)}`;
    }),
  ];
}

/**
 * `loupe adjudicate <dir> --document NAME --annotators A,B,C[,…] [--majority] [--accept ID,…]
 * [--reject ID,…] [--annotator NAME] [--json]`: lists every candidate span and stance with who
 * marked it,
 * then writes the decisions into gold (majority first, then accepts, then rejects).
 */
export async function adjudicateCommand(args: ParsedArgs): Promise<void> {
  const annotators = listOf(args, 'annotators');
  if (annotators.length < 2)
    throw new CliError('name the annotators to adjudicate among: --annotators A,B,C', 2);
  const accept = listOf(args, 'accept');
  const reject = listOf(args, 'reject');
  const majority = args.flag('majority');
  const writes = majority || accept.length > 0 || reject.length > 0;
  const adjudicator = args.string('annotator');
  const review = await withWorkbench(
    args.positionals[0],
    'loupe adjudicate',
    writes ? 'write' : 'read',
    async (wb) => {
      const ref = { documentId: await documentIdOf(wb, args.string('document')), annotators };
      if (adjudicator) await wb.updateSettings({ annotator: adjudicator });
      let result = await wb.panelReview(ref);
      if (majority) result = await wb.acceptMajority(ref);
      for (const candidateId of accept)
        result = await wb.decideCandidate({ ...ref, candidateId, decision: 'accept' });
      for (const candidateId of reject)
        result = await wb.decideCandidate({ ...ref, candidateId, decision: 'reject' });
      return result;
    },
  );
  if (args.flag('json')) return printJson(review);
  printLines(table(review));
}
