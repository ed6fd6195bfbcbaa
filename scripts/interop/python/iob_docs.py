"""Reads a sentence-per-line IOB file (`word|POS|tag` tokens) with spaCy's iob converter (what
`spacy convert -c iob -n 1` runs) and prints each document's words and entities (token indices)
as JSON."""
import json
import sys

from spacy.training.converters import iob_to_docs


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    try:
        docs = list(iob_to_docs(data, n_sents=1, no_print=True))
    except Exception as e:
        print(json.dumps({"docs": [], "error": f"{type(e).__name__}: {e}"}))
        return
    out = [{"words": [t.text for t in doc],
            "ents": [{"label": e.label_, "start": e.start, "end": e.end} for e in doc.ents]}
           for doc in docs]
    print(json.dumps({"docs": out, "error": None}))


main(sys.argv[1])
