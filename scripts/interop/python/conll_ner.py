"""Converts a CoNLL file with spaCy's CoNLL-NER converter (what `spacy convert -c ner -n 1`
runs), or with `--iob` a sentence-per-line `word|POS|tag` file with its iob converter (`-c iob`),
and prints each resulting document's words and entities (token indices) as JSON."""
import json
import sys

from spacy.training.converters import conll_ner_to_docs, iob_to_docs


def main(path, iob):
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    convert = iob_to_docs if iob else conll_ner_to_docs
    try:
        docs = list(convert(data, n_sents=1, no_print=True))
    except Exception as e:
        print(json.dumps({"docs": [], "error": f"{type(e).__name__}: {e}"}))
        return
    out = [{"words": [t.text for t in doc],
            "ents": [{"label": e.label_, "start": e.start, "end": e.end} for e in doc.ents]}
           for doc in docs]
    print(json.dumps({"docs": out, "error": None}))


main(sys.argv[-1], "--iob" in sys.argv[1:-1])
