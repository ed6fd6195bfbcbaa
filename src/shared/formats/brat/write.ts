import { createOffsetIndex } from '../../spans';
import { createEntityLookup, Tally, tallyUnwritten, uniqueFileName } from '../common';
import type {
  EntityLookup,
  FormatBundle,
  FormatDocument,
  FormatFile,
  WriteResult,
} from '../common';
import { AnnWriter } from './annWriter';
import { writeSpan } from './writeSpans';
import type { WrittenSpan } from './writeSpans';
import { writeStances } from './writeStances';

/**
 * Writes brat standoff: `<name>.txt` (the text, unchanged) and `<name>.ann` per document.
 * Spans crossing a line break are split into fragments there, as brat does; relations
 * whose spans were not written are dropped and counted.
 * @example writeBrat(bundle).files → [{ path: 'report-1.txt', … }, { path: 'report-1.ann', content: 'T1\tPERSON 0 11\tMike Pompeo\n' }]
 */
export function writeBrat(bundle: FormatBundle): WriteResult {
  const tally = new Tally();
  const files: FormatFile[] = [];
  const taken = new Set<string>();
  const lookup = createEntityLookup(bundle);
  let spans = 0;
  let stances = 0;
  for (const doc of bundle.documents) {
    const name = uniqueFileName(doc.name, taken);
    const written = writeAnn(doc, lookup, tally);
    files.push(
      { path: `${name}.txt`, content: doc.text },
      { path: `${name}.ann`, content: written.content },
    );
    spans += written.spans;
    stances += written.stances;
    tallyUnwritten(doc, tally, ['document label']);
  }
  return {
    files,
    summary: { documents: bundle.documents.length, spans, stances, notExpressed: tally.toRecord() },
  };
}

function writeAnn(doc: FormatDocument, lookup: EntityLookup, tally: Tally) {
  const w = new AnnWriter(tally);
  const index = createOffsetIndex(doc.text);
  const written = new Map<string, WrittenSpan>();
  let spans = 0;
  doc.spans.forEach((span, i) => {
    const entity = span.entityId === undefined ? undefined : lookup(doc, span.entityId);
    const result = writeSpan(w, doc.text, index, span, entity, tally);
    if (!result) return;
    spans++;
    written.set(span.id ?? `\u0000${i}`, result);
  });
  for (const relation of doc.relations) {
    const from = written.get(relation.from);
    const to = written.get(relation.to);
    if (!from || !to) {
      tally.add('relation referring to a span that was not written');
      continue;
    }
    const r = w.next('R');
    w.push(`${r}\t${w.word(relation.type, 'relation type')} Arg1:${from.t} Arg2:${to.t}`);
    if (relation.note !== undefined)
      w.push(`${w.next('#')}\tAnnotatorNotes ${r}\t${w.text(relation.note, 'a note')}`);
  }
  const stances = writeStances(w, doc, index, written, tally);
  return { content: w.content(), spans, stances };
}
