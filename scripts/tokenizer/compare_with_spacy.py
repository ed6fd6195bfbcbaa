"""Reads {texts: [...], tokens: [[[text, ws], ...], ...]} (Loupe's tokens of each text) on
stdin, tokenizes every text with spacy.blank('en') and prints a JSON report: texts, tokens,
texts whose tokens differ, and the first differences."""
import json
import sys

import spacy


def main():
    data = json.load(sys.stdin)
    nlp = spacy.blank("en")
    total = same_tokens = 0
    differences = []
    for text, ours in zip(data["texts"], data["tokens"]):
        theirs = [[t.text, t.whitespace_ == " "] for t in nlp(text)]
        total += len(theirs)
        ours_set = {(i, tuple(t)) for i, t in enumerate(ours)}
        if ours == theirs:
            same_tokens += len(theirs)
            continue
        same_tokens += sum(1 for i, t in enumerate(theirs) if (i, tuple(t)) in ours_set)
        k = next(i for i in range(min(len(ours), len(theirs)) + 1)
                 if i >= len(ours) or i >= len(theirs) or ours[i] != theirs[i])
        differences.append({"at": k, "spacy": theirs[max(0, k - 2):k + 3],
                            "loupe": ours[max(0, k - 2):k + 3]})
    print(json.dumps({"spacy": spacy.__version__, "texts": len(data["texts"]),
                      "tokens": total, "sameTokens": same_tokens,
                      "textsDiffering": len(differences), "differences": differences[:20]}))


main()
