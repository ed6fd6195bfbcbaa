import { describe, expect, it } from 'vitest';
import { bundleOf } from '../../../../src/shared/formats/common/bundleOf';
import { emptyFormatDocument } from '../../../../src/shared/formats/common/formatDocument';
import type { FormatDocument } from '../../../../src/shared/formats/common';

/**
 * RuCCoN (AIRI-Institute/RuCCoN @ c1b3726) is a brat collection of four folders whose files
 * are all named 0.ann, 1.ann, …; its N lines give one UMLS id several names
 * (`UMLS:CUILESS` "астма, хроническая" in RUCCON/main/0/0.ann, other names elsewhere).
 */
function docIn(folder: string, name: string, entityName: string): FormatDocument {
  return {
    ...emptyFormatDocument(name, 'астма'),
    folder,
    entities: [{ id: 'UMLS_CUILESS', name: entityName, type: 'Disease', aliases: [] }],
  };
}

describe('bundleOf', () => {
  it('names the file, folder and all, and both names when an entity is named differently', () => {
    const bundle = bundleOf(
      [docIn('main/0', '1', 'астма, хроническая'), docIn('main1/0', '1', 'кашель')],
      [],
    );
    expect(bundle.warnings).toEqual([
      'main1/0/1: entity UMLS_CUILESS is named "кашель" here, "астма, хроническая" before; the first is kept',
    ]);
    expect(bundle.entities).toHaveLength(1);
  });
});
