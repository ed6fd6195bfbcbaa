import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';

const FIXTURES = join(import.meta.dirname, '../fixtures/xmi');
const XMI = readFileSync(join(FIXTURES, 'relation_test.xmi'), 'utf8');
const TYPE_SYSTEM = readFileSync(join(FIXTURES, 'relation_test.TypeSystem.xml'));

/**
 * The entries of an INCEpTION project export of `documents` documents annotated by `user`, laid
 * out as INCEpTION's exporters write them (tests/fixtures/xmi/SOURCES.md): per document
 * `source/<document>`, `annotation/<document>/<user>.zip` and `…/INITIAL_CAS.zip` (each
 * `<user>.xmi` with `TypeSystem.xml`, as XmiFormatSupport zips them) and their
 * `annotation_ser/…/.ser` files, then `exportedproject….json` and `log/`: five entries a
 * document. Each document is relation_test.xmi (4 spans, 1 relation) with its number added to
 * the end of its text, so no two documents share a text.
 */
export function inceptionProjectExport(documents: number, user = 'admin'): Zippable {
  const entries: Zippable = {};
  for (let i = 0; i < documents; i++) {
    const name = `report${i}.txt`;
    const xmi = XMI.replaceAll('relation_test.txt', name).replace(
      'Lower Saxony."',
      `Lower Saxony. ${i}"`,
    );
    const archive = (who: string) =>
      zipSync({
        [`${who}.xmi`]: strToU8(xmi.replace(`documentId="${name}"`, `documentId="${who}"`)),
        'TypeSystem.xml': TYPE_SYSTEM,
      });
    entries[`source/${name}`] = strToU8(`Darmstadt is in Hessen. ${i}`);
    entries[`annotation/${name}/${user}.zip`] = archive(user);
    entries[`annotation/${name}/INITIAL_CAS.zip`] = archive('INITIAL_CAS');
    entries[`annotation_ser/${name}/${user}.ser`] = strToU8('ser');
    entries[`annotation_ser/${name}/INITIAL_CAS.ser`] = strToU8('ser');
  }
  entries['exportedproject1.json'] = strToU8('{}');
  entries['log/project-1.log'] = strToU8('');
  return entries;
}
