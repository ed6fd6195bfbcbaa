import { spacedTokens, spacyEnglishTokens } from '../../text';
import type { SpacyTokens } from '../../text';
import type { FormatDocument } from './formatDocument';
import { conllTokens } from './conllTokens';
import { keptConllOf } from './keptConll';
import { KEPT_HF } from './keptKeys';

/**
 * The tokens token formats write a document in: the source's own tokens when it was imported
 * already tokenized (a CoNLL file or Hugging Face records: `U.S.`, `n't` stay as the file had them, see
 * `spacedTokens`; a CoNLL word holding a space is one token, see `conllTokens`), else spaCy's English tokens. `spaced` says which, so sentences end at
 * line breaks only in a source's text.
 * @example documentTokens(conllDoc).spaced === true
 */
export function documentTokens(doc: FormatDocument): { tokens: SpacyTokens; spaced: boolean } {
  const kept = keptConllOf(doc.metadata);
  if (kept) return { tokens: conllTokens(doc.text, kept), spaced: true };
  if (doc.metadata && KEPT_HF in doc.metadata)
    return { tokens: spacedTokens(doc.text), spaced: true };
  return { tokens: spacyEnglishTokens(doc.text), spaced: false };
}
