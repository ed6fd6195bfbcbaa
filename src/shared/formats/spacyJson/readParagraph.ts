import { isRecord, setOwn } from '../../collections';
import { isJsonValue, parseTag } from '../common';
import type { IobTag, JsonPathKey, JsonValue } from '../common';
import { locateTokens } from './locateTokens';
import type { TokenPlaces } from './locateTokens';

/** A complaint about one place of a file: its JSON path and why. */
export interface PathProblem {
  readonly path: readonly JsonPathKey[];
  readonly reason: string;
}

/** One paragraph read: its text, where its tokens lie, their tags, and the paragraph as kept. */
export interface ReadParagraph {
  readonly text: string;
  readonly places: TokenPlaces;
  /** Each token's tag; null where `ner` is `-`, null or absent (not annotated). */
  readonly tags: readonly (IobTag | null)[];
  /** Each token's JSON path, for messages. */
  readonly paths: readonly (readonly JsonPathKey[])[];
  /** Tokens with a `ner` key, and those of them not annotated (`-` or null). */
  readonly nerKeys: number;
  readonly missing: number;
  /** The paragraph as written, `raw` true in place of its text. */
  readonly source: Record<string, JsonValue>;
}

/** Tags spaCy writes for a token no one annotated. */
const MISSING = new Set<unknown>(['-', '', null]);

/**
 * Reads one paragraph of spaCy's JSON training format (`{raw?, sentences: [{tokens: [{orth,
 * ner, …}], brackets?}], cats?}`) at `path`: its text is `raw`, with the tokens found in it in
 * order, or else the tokens joined by their whitespace (`whitespace`, or `ws` / `space` true
 * for one space; one space when no token says). Null when it cannot be read (the problems said).
 * @example readParagraph({ sentences: [{ tokens: [{ orth: 'EU', ner: 'U-ORG' }] }] }, [0, 'paragraphs', 0], problems)?.text === 'EU'
 */
export function readParagraph(
  value: unknown,
  path: readonly JsonPathKey[],
  problems: PathProblem[],
): ReadParagraph | null {
  if (!isRecord(value) || !Array.isArray(value.sentences)) {
    problems.push({
      path,
      reason: `a paragraph needs "sentences", a list of {"tokens": […]}; this one has ${keysOf(value)}. Add the sentences or remove the paragraph`,
    });
    return null;
  }
  const tokens = tokensOf(value.sentences, path, problems);
  if (!tokens) return null;
  const raw = value.raw;
  if (raw !== undefined && typeof raw !== 'string') {
    problems.push({
      path: [...path, 'raw'],
      reason: `"raw" must be the paragraph's text (a string), not ${JSON.stringify(raw)}; fix it or remove it to have the tokens joined`,
    });
    return null;
  }
  const orths = tokens.map((t) => t.orth);
  const text = raw ?? joined(tokens.map((t) => t.token));
  const places = locateTokens(text, orths);
  if ('token' in places) {
    const t = tokens[places.token];
    problems.push({
      path: t?.path ?? path,
      reason: `token ${JSON.stringify(t?.orth)} is not in "raw" where the tokens before it end (character ${places.at}: ${JSON.stringify([...text].slice(places.at, places.at + 24).join(''))}); the tokens must spell "raw" in order, with only whitespace between them. Fix the token or "raw", or remove "raw" to have the tokens joined`,
    });
    return null;
  }
  let nerKeys = 0;
  let missing = 0;
  const tags: (IobTag | null)[] = [];
  for (const t of tokens) {
    if (!('ner' in t.token)) {
      tags.push(null);
      continue;
    }
    nerKeys++;
    const ner = t.token.ner;
    if (MISSING.has(ner)) {
      missing++;
      tags.push(null);
      continue;
    }
    const tag = typeof ner === 'string' ? parseTag(ner) : null;
    if (!tag) {
      problems.push({
        path: [...t.path, 'ner'],
        reason: `${JSON.stringify(ner)} is not an entity tag: "ner" is O, "-" (not annotated), or B-, I-, L-, U- and a label, such as U-ORG; fix the tag`,
      });
      return null;
    }
    tags.push(tag);
  }
  const source = keptParagraph(value);
  return { text, places, tags, paths: tokens.map((t) => t.path), nerKeys, missing, source };
}

interface SourceToken {
  readonly token: Record<string, unknown>;
  readonly orth: string;
  readonly path: readonly JsonPathKey[];
}

/** The tokens of all sentences in order, or null (problems said) when one has no tokens or no orth. */
function tokensOf(
  sentences: readonly unknown[],
  path: readonly JsonPathKey[],
  problems: PathProblem[],
): SourceToken[] | null {
  const out: SourceToken[] = [];
  for (const [s, sentence] of sentences.entries()) {
    const at = [...path, 'sentences', s];
    if (!isRecord(sentence) || !Array.isArray(sentence.tokens)) {
      problems.push({
        path: at,
        reason: `a sentence needs "tokens", a list of {"orth": …, "ner": …}; this one has ${keysOf(sentence)}. Add its tokens or remove the sentence`,
      });
      return null;
    }
    for (const [i, token] of sentence.tokens.entries()) {
      const tokenPath = [...at, 'tokens', i];
      if (!isRecord(token) || typeof token.orth !== 'string') {
        problems.push({
          path: tokenPath,
          reason: `a token needs "orth", its text as a string; this one has ${keysOf(token)}. Add it`,
        });
        return null;
      }
      out.push({ token, orth: token.orth, path: tokenPath });
    }
  }
  return out;
}

/** Tokens joined by their own whitespace, one space when they say none; nothing after the last. */
function joined(tokens: readonly Record<string, unknown>[]): string {
  let text = '';
  for (const [i, token] of tokens.entries()) {
    text += String(token.orth);
    if (i < tokens.length - 1) text += whitespaceOf(token);
  }
  return text;
}

function whitespaceOf(token: Record<string, unknown>): string {
  if (typeof token.whitespace === 'string') return token.whitespace;
  const flag = token.space ?? token.ws;
  if (typeof flag === 'boolean') return flag ? ' ' : '';
  return ' ';
}

/** The paragraph as written, `raw` true in place of its text (which the document holds). */
function keptParagraph(paragraph: Record<string, unknown>): Record<string, JsonValue> {
  const kept: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(paragraph)) {
    if (key === 'raw') setOwn(kept, key, true);
    else if (isJsonValue(value)) setOwn(kept, key, value);
  }
  return kept;
}

/** An object's keys for a message. */
function keysOf(value: unknown): string {
  if (!isRecord(value))
    return `${Array.isArray(value) ? 'a list' : JSON.stringify(value)} instead of an object`;
  const keys = Object.keys(value);
  return keys.length === 0 ? 'no keys' : `keys ${keys.join(', ')}`;
}
