/** spaCy's attribute ids (spacy/attrs.pyx) a DocBin's `attrs` name. */
export const ATTR = {
  ORTH: 65,
  NORM: 67,
  LEMMA: 73,
  POS: 74,
  TAG: 75,
  DEP: 76,
  ENT_IOB: 77,
  ENT_TYPE: 78,
  HEAD: 79,
  SENT_START: 80,
  ENT_KB_ID: 452,
  MORPH: 453,
  ENT_ID: 454,
} as const;

/** The attributes `DocBin()` stores by default, ORTH first then by id (DOCBIN_ALL_ATTRS). */
export const DEFAULT_ATTRS: readonly number[] = [
  65, 67, 73, 74, 75, 76, 77, 78, 79, 80, 452, 453, 454,
];

/** Attributes whose values are strings a DocBin names in its `strings` (`DocBin.add`), or symbols (POS). */
const STRING_ATTRS: ReadonlySet<number> = new Set([
  ATTR.ORTH,
  ATTR.NORM,
  ATTR.LEMMA,
  ATTR.POS,
  ATTR.TAG,
  ATTR.DEP,
  ATTR.ENT_TYPE,
  ATTR.ENT_KB_ID,
  ATTR.MORPH,
  ATTR.ENT_ID,
]);

/** Whether an attribute's values are string ids. @example isStringAttr(75) === true */
export function isStringAttr(attr: number): boolean {
  return STRING_ATTRS.has(attr);
}

const NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(ATTR).map(([name, id]) => [id, name]),
);

/** An attribute's name as spaCy spells it, or its id. @example attrName(75) === 'TAG' */
export function attrName(attr: number): string {
  return NAMES.get(attr) ?? String(attr);
}
