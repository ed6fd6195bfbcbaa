import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GoldDocument, GoldStance } from './goldDocument';

/** The brat configuration of the hard cases: every type, role and attribute they use. */
const ANNOTATION_CONF = `[entities]
PERSON
ORG
GPE

[relations]
Affiliation\tArg1:PERSON, Arg2:ORG
Alias\tArg1:GPE, Arg2:GPE, <REL-TYPE>:symmetric-transitive

[events]
Stance\tHolder?:<ENTITY>, Target?:<ENTITY>

[attributes]
Polarity\tArg:Stance, Value:FAVOR|AGAINST|NONE
Target\tArg:Stance, Value:us-troops
Official\tArg:ORG
Confidence\tArg:GPE, Value:High|Low
`;

/**
 * Writes the hard cases as a brat collection (`<name>.txt`, `<name>.ann`, `annotation.conf`):
 * T lines for spans, stances as `Stance` events with `Polarity`/`Target` attributes, then
 * each document's further lines. Texts are written byte for byte.
 * @example await writeBratOriginal('/tmp/x/original', HARD_CASES)
 */
export async function writeBratOriginal(
  dir: string,
  documents: readonly GoldDocument[],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'annotation.conf'), ANNOTATION_CONF);
  for (const doc of documents) {
    await writeFile(join(dir, `${doc.name}.txt`), doc.text);
    await writeFile(join(dir, `${doc.name}.ann`), annLines(doc).join(''));
  }
}

function annLines(doc: GoldDocument): string[] {
  const spans = doc.spans.map((s) => `${s.id}\t${s.label} ${s.start} ${s.end}\t${s.text}`);
  const attributes = { next: 1 };
  const stances = doc.stances.flatMap((stance) => stanceLines(stance, attributes));
  return [...spans, ...stances, ...doc.bratLines].map((line) => `${line}\n`);
}

function stanceLines(stance: GoldStance, attributes: { next: number }): string[] {
  const target = 'span' in stance.target ? ` Target:${stance.target.span}` : '';
  const lines = [
    `${stance.id}\tStance:${stance.evidence} Holder:${stance.holder}${target}`,
    `A${attributes.next++}\tPolarity ${stance.id} ${stance.polarity}`,
  ];
  if ('topic' in stance.target)
    lines.push(`A${attributes.next++}\tTarget ${stance.id} ${stance.target.topic}`);
  return lines;
}
