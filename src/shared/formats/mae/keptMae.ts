import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';

import { KEPT_MAE } from '../common';

export { KEPT_MAE };

/** A tag written back as it was read: its name and attributes in file order. */
export interface KeptTag {
  readonly tag: string;
  readonly attributes: readonly (readonly [string, string])[];
}

/**
 * What a document imported from a MAE file keeps beside its text, so a MAE export writes the
 * file back as it was: the root (task) name, what came before and after the root element,
 * the ids of all tags in file order, the tags Loupe does not model (non-consuming tags,
 * links of more or fewer than two arguments or to such tags), `text` attributes (and a
 * link's argument texts) that differ from what Loupe writes, by id with the `spans` (or
 * argument ids) they were written for, whether offsets were `start`/`end` attributes,
 * whether bare extent tags were padded as MAE 2 pads them or closed tight as MedTator does,
 * which non-consuming tags became document labels, and whether the file was named `.txt.xml`.
 * @example { root: 'NounVerbTask', prolog: '<?xml version="1.0" encoding="UTF-8" ?>\n', epilog: '', order: ['N0', 'A0'], kept: [], texts: {} }
 */
export interface KeptMae {
  readonly root: string;
  readonly prolog: string;
  readonly epilog: string;
  readonly order: readonly string[];
  readonly kept: readonly KeptTag[];
  readonly texts: Readonly<Record<string, KeptTexts>>;
  readonly startEnd?: boolean;
  /** Whether an extent tag without other attributes ends `text="…"  />`, two spaces, as MAE 2 writes it. */
  readonly padded?: boolean;
  /** The inside of `TEXT` as the file had it, when it was not one CDATA section of the text. */
  readonly textXml?: string;
  /** By tag name, its attribute names in the order the file wrote them (a project stores attributes sorted). */
  readonly attributeOrder?: Readonly<Record<string, readonly string[]>>;
  /** By tag id, its attribute names in file order when they differ from its tag name's (MedTator writes a tag's own). */
  readonly tagOrder?: Readonly<Record<string, readonly string[]>>;
  /** The source between `</TAGS>` and the root's end tag when it held elements (MedTator's `META`). */
  readonly afterTags?: string;
  /** Whether tags end `"/>`, no space, as MedTator (through the browser's XMLSerializer) writes them. */
  readonly tight?: boolean;
  /** The line break after `<TAGS>` and each tag when it was not `\n` (MedTator's xml-formatter: CR LF). */
  readonly tagsBreak?: string;
  /** The indent of `TEXT` and `TAGS` (each tag twice it) when the file was pretty-printed (lxml's i2b2 de-identification files). */
  readonly indent?: string;
  /** Ids of kept non-consuming tags no link names, read as document labels (MedTator's document-level tags). */
  readonly documentLevel?: readonly string[];
  /** Whether the file was named `<name>.txt.xml`, as MedTator names an annotation of `<name>.txt`. */
  readonly txtXml?: boolean;
  /** Whether every line of the file ended in CRLF (a checkout on Windows). */
  readonly crlf?: boolean;
}

/** Text attributes as a file wrote them, valid while the tag has the same `key` (its spans or argument ids). */
export interface KeptTexts {
  readonly key: string;
  readonly values: Readonly<Record<string, string>>;
}

/** The MAE layout a document's metadata keeps, or null when it keeps none (or not in this shape). */
export function keptMaeOf(metadata: DocumentMetadata | undefined): KeptMae | null {
  const value = metadata?.[KEPT_MAE];
  if (!isRecord(value)) return null;
  const {
    root,
    prolog,
    epilog,
    order,
    kept,
    texts,
    startEnd,
    padded,
    textXml,
    attributeOrder,
    tagOrder,
    afterTags,
    tight,
    tagsBreak,
    indent,
    documentLevel,
    txtXml,
    crlf,
  } = value;
  if (typeof root !== 'string' || typeof prolog !== 'string' || typeof epilog !== 'string')
    return null;
  if (!isStrings(order) || !isKeptTags(kept)) return null;
  if (!isTextsRecord(texts)) return null;
  return {
    root,
    prolog,
    epilog,
    order,
    kept,
    texts,
    ...(startEnd === true ? { startEnd: true } : {}),
    ...(padded === true ? { padded: true } : {}),
    ...(typeof textXml === 'string' ? { textXml } : {}),
    ...(isOrderRecord(attributeOrder) ? { attributeOrder } : {}),
    ...(isOrderRecord(tagOrder) ? { tagOrder } : {}),
    ...(typeof afterTags === 'string' ? { afterTags } : {}),
    ...(tight === true ? { tight: true } : {}),
    ...(tagsBreak === '\r\n' ? { tagsBreak } : {}),
    ...(typeof indent === 'string' && /^(?: +|\t+)$/.test(indent) ? { indent } : {}),
    ...(isStrings(documentLevel) ? { documentLevel } : {}),
    ...(txtXml === true ? { txtXml: true } : {}),
    ...(crlf === true ? { crlf: true } : {}),
  };
}

function isOrderRecord(value: unknown): value is Record<string, string[]> {
  return isRecord(value) && Object.values(value).every(isStrings);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isKeptTags(value: unknown): value is KeptTag[] {
  return Array.isArray(value) && value.every(isKeptTag);
}

function isKeptTag(value: unknown): value is KeptTag {
  return (
    isRecord(value) &&
    typeof value.tag === 'string' &&
    Array.isArray(value.attributes) &&
    value.attributes.every(
      (a) =>
        Array.isArray(a) && a.length === 2 && typeof a[0] === 'string' && typeof a[1] === 'string',
    )
  );
}

function isTextsRecord(value: unknown): value is Record<string, KeptTexts> {
  return isRecord(value) && Object.values(value).every(isKeptTexts);
}

function isKeptTexts(value: unknown): value is KeptTexts {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    isRecord(value.values) &&
    Object.values(value.values).every((v) => typeof v === 'string')
  );
}
